# zvit — квартальні звіти про виконання антикорупційної програми.
# `make help` lists the targets. The first run creates .venv with pinned dependencies.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
ZVIT   := PYTHONPATH=tools $(PY) -m zvit
STAMP  := $(VENV)/.installed

DEPT   ?=
Q      ?=
P      ?=
YEAR   ?=
REV    ?=
OUT    ?=
FORMAT ?= text
FILE   ?=
FORCE  ?=
PARTIAL ?=
FROM   ?=
TO     ?=
FROM_REV ?=
TO_REV ?=
MEASURE ?=
ALL    ?=

KIND   ?= measures
DIR    ?=

# Every variable above reaches zvit as data, never as shell text: it is taken
# as typed (`$(value)`: make expands nothing in it), exported, and recipes
# quote it as "$$VAR", an option only when set: $${VAR:+--option "$$VAR"}.
# A new variable is added to this list and used the same way.
ZVIT_VARS := DEPT Q P YEAR REV OUT FORMAT FILE FORCE PARTIAL FROM TO FROM_REV TO_REV MEASURE ALL KIND DIR
$(foreach v,$(ZVIT_VARS),$(eval override $(v) := $$(value $(v))))
export $(ZVIT_VARS)
# The period of a report: P=2022-h1 (any period), or Q=3 [YEAR=2019] (a quarter).
period = $${P:+--period "$$P"} $${Q:+--quarter "$$Q"} $${YEAR:+--year "$$YEAR"}

.DEFAULT_GOAL := help
.PHONY: help venv hooks validate schema docx docx-all status consolidated test test-fast bench clean
.PHONY: new fmt import
.PHONY: diff history review setup
.PHONY: submit codeowners audit init

help: ## показати цей перелік
	@echo "zvit — звіти про виконання антикорупційної програми"
	@echo
	@echo "Використання: make <ціль> [ЗМІННА=значення ...]"
	@echo
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'
	@echo
	@echo "Змінні: DEPT=підрозділ (jkg)  Q=квартал (1-4)  P=період (2019-q3, 2022-h1, 2022)  YEAR=рік  REV=коміт або тег  OUT=файл  FORMAT=text|json|github"

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

venv: $(STAMP) ## створити .venv і встановити залежності

hooks: $(STAMP) ## увімкнути перевірку кожного коміту (git-хуки pre-commit)
	$(ZVIT) setup --check
	$(PY) -m pre_commit install

validate: $(STAMP) ## перевірити programme.yaml і всі звіти (FORMAT=json|github|gitlab)
	$(ZVIT) validate --format "$$FORMAT"

schema: $(STAMP) ## оновити schema/*.json з programme.yaml (для редакторів)
	$(ZVIT) schema

docx: $(STAMP) ## форма звіту DOCX: make docx DEPT=jkg Q=3 [YEAR=2019] або P=2022-h1 [REV=тег] [OUT=файл]
	@test -n "$$DEPT" -a -n "$$Q$$P" || { echo "Вкажіть підрозділ і період: make docx DEPT=jkg Q=3 або P=2022-h1"; exit 2; }
	$(ZVIT) docx --unit "$$DEPT" $(period) $${REV:+--rev "$$REV"} $${OUT:+--out "$$OUT"}

docx-all: $(STAMP) ## форми всіх підрозділів, що мають звіт за період: make docx-all Q=3 або P=2022-h1
	@test -n "$$Q$$P" || { echo "Вкажіть період: make docx-all Q=3 або P=2022-h1"; exit 2; }
	$(ZVIT) docx --all $(period) $${REV:+--rev "$$REV"}

status: $(STAMP) ## хто що подав за період: make status Q=3 [YEAR=] або P=2022-h1 [FORMAT=json|html] [OUT=файл]
	@test -n "$$Q$$P" || { echo "Вкажіть період: make status Q=3 або P=2022-h1"; exit 2; }
	$(ZVIT) status $(period) --format "$$FORMAT" $${OUT:+--out "$$OUT"}

consolidated: $(STAMP) ## зведена інформація за період (DOCX): make consolidated Q=3 [YEAR=] або P=2022-h1 [OUT=файл]
	@test -n "$$Q$$P" || { echo "Вкажіть період: make consolidated Q=3 або P=2022-h1"; exit 2; }
	$(ZVIT) consolidated $(period) $${OUT:+--out "$$OUT"}

new: $(STAMP) ## новий звіт підрозділу за період: make new DEPT=jkg Q=4 [YEAR=2019] або P=2022-h1
	@test -n "$$DEPT" -a -n "$$Q$$P" || { echo "Вкажіть підрозділ і період: make new DEPT=jkg Q=4 або P=2022-h1"; exit 2; }
	$(ZVIT) new --unit "$$DEPT" $(period)

fmt: $(STAMP) ## канонічне оформлення programme.yaml і звітів (дані й коментарі не змінюються)
	$(ZVIT) fmt

import: $(STAMP) ## заповнена форма Word у звіт: make import FILE=форма.docx DEPT=jkg Q=3 [YEAR=] або P=2022-h1 [FORCE=1] [PARTIAL=1]
	@test -n "$$FILE" -a -n "$$DEPT" -a -n "$$Q$$P" || { echo "Вкажіть файл, підрозділ і період: make import FILE=форма.docx DEPT=jkg Q=3"; exit 2; }
	$(ZVIT) import "$$FILE" --unit "$$DEPT" $(period) $${FORCE:+--force} $${PARTIAL:+--partial}

diff: $(STAMP) ## зміни по заходах: make diff DEPT=jkg FROM=2 TO=3 (або FROM=2021-h2 TO=2022-h1) або Q=3 FROM_REV=тег [TO_REV=] [FORMAT=json|markdown|docx] [ALL=1]
	@test -n "$$DEPT" || { echo "Вкажіть підрозділ: make diff DEPT=jkg FROM=2 TO=3 або make diff DEPT=jkg Q=3 FROM_REV=jkg/2019-q3"; exit 2; }
	$(ZVIT) diff --unit "$$DEPT" $${FROM:+--from "$$FROM"} $${TO:+--to "$$TO"} $(period) $${FROM_REV:+--from-rev "$$FROM_REV"} $${TO_REV:+--to-rev "$$TO_REV"} --format "$$FORMAT" $${ALL:+--all} $${OUT:+--out "$$OUT"}

history: $(STAMP) ## хто, коли і що змінив: make history DEPT=jkg Q=3 [YEAR=] або P=2022-h1 [MEASURE=I.14] [FORMAT=json]
	@test -n "$$DEPT" -a -n "$$Q$$P" || { echo "Вкажіть підрозділ і період: make history DEPT=jkg Q=3 [MEASURE=I.14]"; exit 2; }
	$(ZVIT) history --unit "$$DEPT" $(period) $${MEASURE:+--measure "$$MEASURE"} $${REV:+--rev "$$REV"} --format "$$FORMAT"

review: $(STAMP) ## зміни звітів у гілці відносно REV (для CI): make review REV=origin/main [OUT=тека]
	@test -n "$$REV" || { echo "Вкажіть цільову гілку: make review REV=origin/main"; exit 2; }
	$(ZVIT) review --base "$$REV" $${OUT:+--out-dir "$$OUT"}

# zvit setup first: it refuses a folder that is not the top of its own work tree
# (an unpacked archive inside another repository) before pre-commit would install
# the hook into the enclosing repository.
setup: $(STAMP) ## налаштувати git: перевірка комітів; git diff показує звіти й форми DOCX словами, по заходах
	$(ZVIT) setup
	$(PY) -m pre_commit install

submit: $(STAMP) ## позначити звіт поданим (тег git, підписаний, якщо є ключ): make submit DEPT=jkg Q=3 [YEAR=] або P=2022-h1
	@test -n "$$DEPT" -a -n "$$Q$$P" || { echo "Вкажіть підрозділ і період: make submit DEPT=jkg Q=3 або P=2022-h1"; exit 2; }
	$(ZVIT) submit --unit "$$DEPT" $(period)

init: $(STAMP) ## почати програму іншого органу: make init [KIND=measures|risk-register] [DIR=тека]
	$(ZVIT) init --kind "$$KIND" $${DIR:+--dir "$$DIR"}

codeowners: $(STAMP) ## хто затверджує зміни: .github/CODEOWNERS і .gitlab/CODEOWNERS з programme.yaml
	$(ZVIT) codeowners

audit: $(STAMP) ## аудит подання звітів за рік або весь строк програми: make audit [YEAR=2019] [FORMAT=json|docx] [OUT=файл]
	$(ZVIT) audit $${YEAR:+--year "$$YEAR"} --format "$$FORMAT" $${OUT:+--out "$$OUT"}

test: $(STAMP) ## запустити всі тести (і перевірку коду ruff, mypy)
	$(PY) -m ruff check tools tests bench
	$(PY) -m ruff format --check tools tests bench
	$(PY) -m mypy
	$(PY) -m pytest

test-fast: $(STAMP) ## усі тести, крім тих, що будують хуки pre-commit з мережі
	$(PY) -m ruff check tools tests bench
	$(PY) -m ruff format --check tools tests bench
	$(PY) -m mypy
	$(PY) -m pytest -m "not hooks"

bench: $(STAMP) ## виміряти швидкість поруч з еталонними інструментами
	PYTHONPATH=tools $(PY) bench/run.py

clean: ## прибрати build/ і кеші
	rm -rf build .pytest_cache .hypothesis
