# zvit — квартальні звіти про виконання антикорупційної програми.
# `make help` lists the targets. The first run creates .venv with pinned dependencies.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
ZVIT   := PYTHONPATH=tools $(PY) -m zvit
STAMP  := $(VENV)/.installed

DEPT   ?=
Q      ?=
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

# Every variable above reaches zvit as data, never as shell text: it is taken
# as typed (`$(value)`: make expands nothing in it), exported, and recipes
# quote it as "$$VAR", an option only when set: $${VAR:+--option "$$VAR"}.
# A new variable is added to this list and used the same way.
ZVIT_VARS := DEPT Q YEAR REV OUT FORMAT FILE FORCE PARTIAL FROM TO FROM_REV TO_REV MEASURE ALL
$(foreach v,$(ZVIT_VARS),$(eval override $(v) := $$(value $(v))))
export $(ZVIT_VARS)

.DEFAULT_GOAL := help
.PHONY: help venv hooks validate schema docx docx-all status consolidated test bench clean
.PHONY: new fmt import
.PHONY: diff history review setup
.PHONY: submit codeowners audit

help: ## показати цей перелік
	@echo "zvit — звіти про виконання антикорупційної програми"
	@echo
	@echo "Використання: make <ціль> [ЗМІННА=значення ...]"
	@echo
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'
	@echo
	@echo "Змінні: DEPT=підрозділ (jkg)  Q=квартал (1-4)  YEAR=рік  REV=коміт або тег  OUT=файл  FORMAT=text|json|github"

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

venv: $(STAMP) ## створити .venv і встановити залежності

hooks: $(STAMP) ## увімкнути перевірку кожного коміту (git-хуки pre-commit)
	$(PY) -m pre_commit install

validate: $(STAMP) ## перевірити programme.yaml і всі звіти (FORMAT=json|github|gitlab)
	$(ZVIT) validate --format "$$FORMAT"

schema: $(STAMP) ## оновити schema/*.json з programme.yaml (для редакторів)
	$(ZVIT) schema

docx: $(STAMP) ## форма звіту DOCX: make docx DEPT=jkg Q=3 [YEAR=2019] [REV=тег] [OUT=файл]
	@test -n "$$DEPT" -a -n "$$Q" || { echo "Вкажіть підрозділ і квартал: make docx DEPT=jkg Q=3"; exit 2; }
	$(ZVIT) docx --unit "$$DEPT" --quarter "$$Q" $${YEAR:+--year "$$YEAR"} $${REV:+--rev "$$REV"} $${OUT:+--out "$$OUT"}

docx-all: $(STAMP) ## форми всіх підрозділів, що мають звіт за квартал: make docx-all Q=3
	@test -n "$$Q" || { echo "Вкажіть квартал: make docx-all Q=3"; exit 2; }
	$(ZVIT) docx --all --quarter "$$Q" $${YEAR:+--year "$$YEAR"} $${REV:+--rev "$$REV"}

status: $(STAMP) ## хто що подав за квартал: make status Q=3 [YEAR=] [FORMAT=json|html] [OUT=файл]
	@test -n "$$Q" || { echo "Вкажіть квартал: make status Q=3"; exit 2; }
	$(ZVIT) status --quarter "$$Q" $${YEAR:+--year "$$YEAR"} --format "$$FORMAT" $${OUT:+--out "$$OUT"}

consolidated: $(STAMP) ## зведена інформація за квартал (DOCX): make consolidated Q=3 [YEAR=] [OUT=файл]
	@test -n "$$Q" || { echo "Вкажіть квартал: make consolidated Q=3"; exit 2; }
	$(ZVIT) consolidated --quarter "$$Q" $${YEAR:+--year "$$YEAR"} $${OUT:+--out "$$OUT"}

new: $(STAMP) ## новий звіт підрозділу за квартал: make new DEPT=jkg Q=4 [YEAR=2019]
	@test -n "$$DEPT" -a -n "$$Q" || { echo "Вкажіть підрозділ і квартал: make new DEPT=jkg Q=4"; exit 2; }
	$(ZVIT) new --unit "$$DEPT" --quarter "$$Q" $${YEAR:+--year "$$YEAR"}

fmt: $(STAMP) ## канонічне оформлення programme.yaml і звітів (дані й коментарі не змінюються)
	$(ZVIT) fmt

import: $(STAMP) ## заповнена форма Word у звіт: make import FILE=форма.docx DEPT=jkg Q=3 [YEAR=] [FORCE=1] [PARTIAL=1]
	@test -n "$$FILE" -a -n "$$DEPT" -a -n "$$Q" || { echo "Вкажіть файл, підрозділ і квартал: make import FILE=форма.docx DEPT=jkg Q=3"; exit 2; }
	$(ZVIT) import "$$FILE" --unit "$$DEPT" --quarter "$$Q" $${YEAR:+--year "$$YEAR"} $${FORCE:+--force} $${PARTIAL:+--partial}

diff: $(STAMP) ## зміни по заходах: make diff DEPT=jkg FROM=2 TO=3 або Q=3 FROM_REV=тег [TO_REV=] [FORMAT=json|markdown|docx] [ALL=1]
	@test -n "$$DEPT" || { echo "Вкажіть підрозділ: make diff DEPT=jkg FROM=2 TO=3 або make diff DEPT=jkg Q=3 FROM_REV=jkg/2019-q3"; exit 2; }
	$(ZVIT) diff --unit "$$DEPT" $${FROM:+--from "$$FROM"} $${TO:+--to "$$TO"} $${Q:+--quarter "$$Q"} $${FROM_REV:+--from-rev "$$FROM_REV"} $${TO_REV:+--to-rev "$$TO_REV"} $${YEAR:+--year "$$YEAR"} --format "$$FORMAT" $${ALL:+--all} $${OUT:+--out "$$OUT"}

history: $(STAMP) ## хто, коли і що змінив: make history DEPT=jkg Q=3 [MEASURE=I.14] [YEAR=] [FORMAT=json]
	@test -n "$$DEPT" -a -n "$$Q" || { echo "Вкажіть підрозділ і квартал: make history DEPT=jkg Q=3 [MEASURE=I.14]"; exit 2; }
	$(ZVIT) history --unit "$$DEPT" --quarter "$$Q" $${YEAR:+--year "$$YEAR"} $${MEASURE:+--measure "$$MEASURE"} $${REV:+--rev "$$REV"} --format "$$FORMAT"

review: $(STAMP) ## зміни звітів у гілці відносно REV (для CI): make review REV=origin/main [OUT=тека]
	@test -n "$$REV" || { echo "Вкажіть цільову гілку: make review REV=origin/main"; exit 2; }
	$(ZVIT) review --base "$$REV" $${OUT:+--out-dir "$$OUT"}

setup: $(STAMP) hooks ## налаштувати git: перевірка комітів; git diff показує звіти й форми DOCX словами, по заходах
	$(ZVIT) setup

submit: $(STAMP) ## позначити звіт поданим (тег git, підписаний, якщо є ключ): make submit DEPT=jkg Q=3 [YEAR=]
	@test -n "$$DEPT" -a -n "$$Q" || { echo "Вкажіть підрозділ і квартал: make submit DEPT=jkg Q=3"; exit 2; }
	$(ZVIT) submit --unit "$$DEPT" --quarter "$$Q" $${YEAR:+--year "$$YEAR"}

codeowners: $(STAMP) ## хто затверджує зміни: .github/CODEOWNERS і .gitlab/CODEOWNERS з programme.yaml
	$(ZVIT) codeowners

audit: $(STAMP) ## аудит подання звітів за рік: make audit YEAR=2019 [FORMAT=json|docx] [OUT=файл]
	$(ZVIT) audit $${YEAR:+--year "$$YEAR"} --format "$$FORMAT" $${OUT:+--out "$$OUT"}

test: $(STAMP) ## запустити всі тести (і перевірку коду ruff)
	$(PY) -m ruff check tools tests bench
	$(PY) -m ruff format --check tools tests bench
	$(PY) -m pytest

bench: $(STAMP) ## виміряти швидкість поруч з еталонними інструментами
	PYTHONPATH=tools $(PY) bench/run.py

clean: ## прибрати build/ і кеші
	rm -rf build .pytest_cache .hypothesis
