from zvit.cli import run

run()
