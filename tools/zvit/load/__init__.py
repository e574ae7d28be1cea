"""Reading the outside world: YAML files, git revisions, DOCX files. The only layer that touches them."""
