"""Foundation: findings, the message catalogue, errors, ids, atomic writes. Standard library only."""
