"""Every sentence zvit says to a person, in Ukrainian and English.

Checks and commands refer to a message by its code and pass arguments; only
reporters and the CLI call `text()`.  `tests/test_messages.py` keeps the two
languages in step.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LANGUAGES = ("uk", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # More findings of one kind in a file than are shown (core/findings.py: capped)
    "findings.more": {
        "uk": "і ще {count} таких самих [{code}] у цьому файлі, наступне — тут; виправте всі",
        "en": "and {count} more like this [{code}] in this file, the next one here; fix them all",
    },
    # Reading files
    "file.unreadable": {
        "uk": "файл не вдалося прочитати: {reason}",
        "en": "cannot read the file: {reason}",
    },
    "file.missing": {
        "uk": "файлу немає",
        "en": "the file does not exist",
    },
    "file.not-regular": {
        "uk": "це не звичайний файл (тека, пристрій або канал FIFO); звіт має бути текстовим файлом YAML",
        "en": "this is not a regular file (a folder, a device or a FIFO); a report must be a YAML text file",
    },
    "file.too-large": {
        "uk": "файл більший за {limit_mb} МБ; звіт такого розміру не буває — перевірте, чи це той файл",
        "en": "the file is larger than {limit_mb} MB; no report is that big — is it the right file?",
    },
    "file.symlink": {
        "uk": "{link} — символьне посилання; zvit не читає файлів через посилання (їхній текст може лежати будь-де, навіть поза репозиторієм): покладіть сюди сам файл",
        "en": "{link} is a symbolic link; zvit reads no file through a link (its text may lie anywhere, even outside the repository): put the file itself here",
    },
    "file.utf16": {
        "uk": "файл збережено в кодуванні UTF-16; збережіть його як UTF-8",
        "en": "the file is saved as UTF-16; save it as UTF-8",
    },
    "file.binary": {
        "uk": "це не текстовий файл (містить нульові байти); можливо, це документ Word — звіт має бути файлом YAML",
        "en": "this is not a text file (it contains NUL bytes); perhaps a Word document — a report must be a YAML file",
    },
    "file.not-utf8": {
        "uk": "байт {byte} не є UTF-8 (можливо, файл збережено як Windows-1251); збережіть файл у кодуванні UTF-8",
        "en": "byte {byte} is not UTF-8 (perhaps the file was saved as Windows-1251); save the file as UTF-8",
    },
    "text.control-character": {
        "uk": "керівний символ {char} (так Word вставляє розриви рядків і спецсимволи); видаліть його або замініть на звичайний пробіл чи новий рядок",
        "en": "control character {char} (Word pastes line breaks and special marks like this); delete it or replace it with a space or a new line",
    },
    "text.invisible-character": {
        "uk": "невидимий символ {char}; його не видно, але він заважає порівнянню текстів — видаліть його",
        "en": "invisible character {char}; it cannot be seen but breaks text comparison — delete it",
    },
    # YAML syntax
    "yaml.syntax": {
        "uk": "помилка синтаксису YAML: {problem}",
        "en": "YAML syntax error: {problem}",
    },
    "yaml.colon-in-plain-text": {
        "uk": "двокрапка з пробілом у тексті без лапок; візьміть текст у лапки або запишіть його блоком «|-» з нового рядка",
        "en": "a colon followed by a space in unquoted text; quote the text or write it as a '|-' block on the next line",
    },
    "yaml.tab-indent": {
        "uk": "символ табуляції у відступі; YAML дозволяє відступи лише пробілами",
        "en": "a tab character in the indentation; YAML allows only spaces for indentation",
    },
    "yaml.bad-indent": {
        "uk": "неправильний відступ: рядок має бути вирівняний з ключами над ним",
        "en": "wrong indentation: the line must line up with the keys above it",
    },
    "yaml.text-after-quotes": {
        "uk": "текст після закритих лапок; якщо лапки — частина тексту, візьміть у лапки весь текст або запишіть його блоком «|-» з нового рядка",
        "en": "text after the closing quote; if the quotes are part of the text, quote the whole text or write it as a '|-' block on the next line",
    },
    "yaml.missing-colon": {
        "uk": "після ключа очікувалась двокрапка «:»",
        "en": "expected a colon ':' after the key",
    },
    "yaml.unclosed-quote": {
        "uk": "лапки відкрито тут, але не закрито до кінця файлу",
        "en": "a quote opens here but is not closed before the end of the file",
    },
    "yaml.reserved-start": {
        "uk": "текст, що починається з «{char}», візьміть у лапки: у YAML цей знак має особливе значення",
        "en": "quote text that starts with '{char}': the sign has a meaning of its own in YAML",
    },
    "yaml.unclosed-bracket": {
        "uk": "дужку «{char}» відкрито тут, але не закрито; якщо це текст, візьміть його в лапки",
        "en": "the bracket '{char}' opens here but is not closed; if this is text, quote it",
    },
    "yaml.unknown-escape": {
        "uk": "у тексті в подвійних лапках «\\» починає спецсимвол; напишіть «\\\\» або візьміть текст в одинарні лапки",
        "en": "in double-quoted text '\\' starts an escape; write '\\\\' or use single quotes",
    },
    "yaml.undefined-alias": {
        "uk": "посилання «*{problem}» на мітку, якої немає",
        "en": "alias '*{problem}' refers to an anchor that does not exist",
    },
    "yaml.recursive-alias": {
        "uk": "посилання «*{anchor}» вказує саме на себе",
        "en": "alias '*{anchor}' refers to itself",
    },
    "yaml.multiple-documents": {
        "uk": "у файлі кілька документів YAML (роздільник «---»); має бути один",
        "en": "the file holds several YAML documents ('---'); it must hold one",
    },
    "yaml.empty": {
        "uk": "файл порожній",
        "en": "the file is empty",
    },
    "yaml.tag-not-allowed": {
        "uk": "тег «{tag}» не дозволено: файл може містити лише текст, числа, списки і словники",
        "en": "tag '{tag}' is not allowed: the file may hold only text, numbers, lists and mappings",
    },
    "yaml.bad-tagged-value": {
        "uk": "значення «{value}» не відповідає тегу «{tag}»",
        "en": "value '{value}' does not match tag '{tag}'",
    },
    "yaml.too-deep": {
        "uk": "вкладеність глибша за {limit} рівнів; звіт такої не потребує",
        "en": "nesting deeper than {limit} levels; no report needs that",
    },
    "yaml.too-many-nodes": {
        "uk": "понад {limit} значень (з урахуванням посилань «*»); можливо, це «YAML-бомба» — читання зупинено",
        "en": "more than {limit} values (aliases expanded); possibly a 'YAML bomb' — reading stopped",
    },
    "yaml.complex-key": {
        "uk": "ключем може бути лише текст, а не список чи словник",
        "en": "a key must be plain text, not a list or a mapping",
    },
    "yaml.duplicate-key": {
        "uk": "ключ «{key}» повторюється (уперше — у рядку {first_line}); залиште один",
        "en": "duplicate key '{key}' (first at line {first_line}); keep one",
    },
    # JSON Schema
    "schema.required": {
        "uk": "бракує обов’язкового поля «{property}»",
        "en": "required field '{property}' is missing",
    },
    "schema.required-any": {
        "uk": "бракує обов’язкового поля: потрібне {options}",
        "en": "a required field is missing: give {options}",
    },
    "schema.year-range": {
        "uk": 'year — один календарний рік; для програми на {value} замість year напишіть period: {{from: "{first}-01-01", to: "{last}-12-31"}}',
        "en": 'year is one calendar year; for a programme of {value} write period: {{from: "{first}-01-01", to: "{last}-12-31"}} instead',
    },
    "schema.id-number": {
        "uk": 'номер записано як число, і YAML міг його змінити (1.10 читається як 1.1); візьміть номер у лапки, наприклад id: "1.1"',
        "en": 'the number is written as a number, which YAML may alter (1.10 reads as 1.1); quote it, e.g. id: "1.1"',
    },
    "schema.additional-property": {
        "uk": "невідоме поле «{property}»; дозволено: {allowed}",
        "en": "unknown field '{property}'; allowed: {allowed}",
    },
    "schema.type": {
        "uk": "тут має бути {expected}, а не {actual}",
        "en": "expected {expected}, not {actual}",
    },
    "schema.enum": {
        "uk": "значення «{value}» не з переліку: {allowed}",
        "en": "value '{value}' is not one of: {allowed}",
    },
    "schema.const": {
        "uk": "тут має бути «{expected}»",
        "en": "this must be '{expected}'",
    },
    "schema.pattern": {
        "uk": "значення «{value}» має неправильний вигляд (очікується шаблон {pattern})",
        "en": "value '{value}' has the wrong form (expected pattern {pattern})",
    },
    "schema.pattern.unit-id": {
        "uk": "ідентифікатор «{value}» має складатися з малих латинських літер, цифр і дефісів (наприклад, jkg)",
        "en": "id '{value}' must consist of lowercase Latin letters, digits and hyphens (e.g. jkg)",
    },
    "schema.pattern.measure-id": {
        "uk": "номер заходу «{value}» складається з латинських літер і цифр, частини — через крапку, наприклад I.14, 1.1.1 або 2.3.a",
        "en": "measure id '{value}' is made of Latin letters and digits, parts separated by dots, e.g. I.14, 1.1.1 or 2.3.a",
    },
    "schema.pattern.section-id": {
        "uk": "номер розділу «{value}» складається з латинських літер і цифр, частини — через крапку: I, II, 1, 2.1",
        "en": "section id '{value}' is made of Latin letters and digits, parts separated by dots: I, II, 1, 2.1",
    },
    "schema.pattern.period": {
        "uk": "період «{value}» запишіть як 2019-q3 (квартал), 2022-h1 (півріччя) або 2022 (рік)",
        "en": "write the period '{value}' as 2019-q3 (quarter), 2022-h1 (half-year) or 2022 (year)",
    },
    "schema.pattern.date": {
        "uk": 'дату «{value}» запишіть як РРРР-ММ-ДД у лапках, наприклад "2019-10-04"',
        "en": "write the date '{value}' as YYYY-MM-DD in quotes, e.g. \"2019-10-04\"",
    },
    "schema.minimum": {
        "uk": "значення {value} менше за найменше дозволене ({limit})",
        "en": "value {value} is below the minimum ({limit})",
    },
    "schema.maximum": {
        "uk": "значення {value} більше за найбільше дозволене ({limit})",
        "en": "value {value} is above the maximum ({limit})",
    },
    "schema.min-length": {
        "uk": "текст не може бути порожнім",
        "en": "the text must not be empty",
    },
    "schema.min-items": {
        "uk": "список не може бути порожнім",
        "en": "the list must not be empty",
    },
    "schema.unique-items": {
        "uk": "у списку є повтори",
        "en": "the list has repeated items",
    },
    "schema.other": {
        "uk": "не відповідає схемі: {detail}",
        "en": "does not match the schema: {detail}",
    },
    "schema.stale": {
        "uk": "згенерований файл {file} застарів щодо programme.yaml; виконайте «{command}» і додайте його до коміту",
        "en": "generated file {file} is out of date with programme.yaml; run '{command}' and commit it",
    },
    "schema.missing": {
        "uk": "згенерованого файлу {file} немає; виконайте «{command}» і додайте його до коміту",
        "en": "generated file {file} does not exist; run '{command}' and commit it",
    },
    # Types as the reader knows them
    "type.object": {"uk": "словник (ключі з двокрапками)", "en": "a mapping (keys with colons)"},
    "type.array": {"uk": "список (рядки з «- »)", "en": "a list (lines starting with '- ')"},
    "type.string": {"uk": "текст", "en": "text"},
    "type.integer": {"uk": "ціле число", "en": "a whole number"},
    "type.number": {"uk": "число", "en": "a number"},
    "type.boolean": {"uk": "так/ні (true/false)", "en": "true/false"},
    "type.null": {"uk": "порожнє значення", "en": "an empty value"},
    # Cross-checks: programme
    "programme.unknown-responsible": {
        "uk": "відповідальний «{id}» не оголошений ні серед units, ні серед groups",
        "en": "responsible '{id}' is declared neither under units nor under groups",
    },
    "programme.unknown-member": {
        "uk": "група «{group}» містить «{id}», якого немає ні серед units, ні серед groups",
        "en": "group '{group}' lists '{id}', which is declared neither under units nor under groups",
    },
    "programme.group-cycle": {
        "uk": "група «{group}» зрештою містить саму себе",
        "en": "group '{group}' ends up containing itself",
    },
    "programme.id-clash": {
        "uk": "«{id}» оголошено і як підрозділ, і як групу",
        "en": "'{id}' is declared both as a unit and as a group",
    },
    "programme.duplicate-measure": {
        "uk": "захід {id} уже є (рядок {first_line})",
        "en": "measure {id} already exists (line {first_line})",
    },
    "programme.duplicate-section": {
        "uk": "розділ {id} уже є",
        "en": "section {id} already exists",
    },
    "programme.measure-outside-section": {
        "uk": "захід {id} стоїть у розділі {section}; його номер має починатися з «{section}.»",
        "en": "measure {id} is in section {section}; its id must start with '{section}.'",
    },
    "programme.measure-outside-risk": {
        "uk": "захід {id} стоїть під ризиком {section}; його номер має починатися з «{section}.»",
        "en": "measure {id} is under risk {section}; its id must start with '{section}.'",
    },
    "programme.risk-outside-section": {
        "uk": "ризик {id} стоїть у розділі {section}; його номер має починатися з «{section}.»",
        "en": "risk {id} is in section {section}; its id must start with '{section}.'",
    },
    "programme.duplicate-risk": {
        "uk": "ризик {id} уже є (рядок {first_line}); номер ризику має бути унікальним",
        "en": "risk {id} already exists (line {first_line}); a risk id must be unique",
    },
    "programme.risk-level": {
        "uk": "ризик {id}: рівень {level} не дорівнює добутку ймовірності й наслідків ({probability} × {consequences} = {product}); виправте level або приберіть його — zvit обчислить сам",
        "en": "risk {id}: level {level} is not probability × consequences ({probability} × {consequences} = {product}); fix level or remove it, zvit computes it",
    },
    "programme.empty-section": {
        "uk": "розділ {id} порожній: дайте йому заходи (measures), ризики (risks, у реєстрі) або текст (text)",
        "en": "section {id} is empty: give it measures, risks (in a register) or text",
    },
    "programme.measures-in-risk-register": {
        "uk": "розділ {id}: у програмі kind: risk-register заходи стоять під ризиками (risks → measures), а не просто в розділі",
        "en": "section {id}: in a kind: risk-register programme, measures stand under risks (risks → measures), not in the section",
    },
    "programme.risks-in-measures": {
        "uk": "розділ {id}: ризики (risks) бувають лише в програмі kind: risk-register",
        "en": "section {id}: risks exist only in a kind: risk-register programme",
    },
    "programme.period-reversed": {
        "uk": "строк програми закінчується раніше, ніж починається; перевірте period.from і period.to",
        "en": "the programme's term ends before it starts; check period.from and period.to",
    },
    "programme.year-and-period": {
        "uk": "year: {year} і period охоплюють різні роки; для програми на кілька років залиште лише period",
        "en": "year: {year} and period cover different years; a programme of several years needs only period",
    },
    "programme.edition-needed": {
        "uk": "захід {id}, за який уже звітували ({path}), {change}; така зміна програми потребує нового запису в editions (дата й акт про зміни)",
        "en": "measure {id}, already reported on ({path}), {change}; such a change needs a new editions entry (the date and act of the amendment)",
    },
    "edition.retitled": {"uk": "має нову назву", "en": "has a new title"},
    "edition.deleted": {
        "uk": "вилучено з програми (залиште його з withdrawn: <дата>)",
        "en": "was deleted from the programme (keep it with withdrawn: <date>)",
    },
    "programme.responsible-text-mismatch": {
        "uk": "у responsible_text не знайдено назви «{name}» відповідального «{id}»",
        "en": "responsible_text does not contain the name '{name}' of responsible '{id}'",
    },
    # Cross-checks: report
    "report.no-programme": {
        "uk": "звіт посилається на програму «{programme}», але її немає ні в programme.yaml, ні в історії git",
        "en": "the report names programme '{programme}', found neither in programme.yaml nor in git history",
    },
    "report.programme-invalid": {
        "uk": "програма «{programme}» містить помилки, тож звіт перевірено лише частково",
        "en": "programme '{programme}' has errors, so the report was checked only in part",
    },
    "report.bad-name": {
        "uk": "назва файлу звіту має бути {expected}; файл з іншою назвою zvit не читає (ні перевірка, ні форми) — перейменуйте його: git mv",
        "en": "a report file must be named {expected}; zvit reads no file by another name (neither the checks nor the forms) — rename it: git mv",
    },
    "report.bad-name-beside": {
        "uk": "поруч уже є {expected}, і саме його читають перевірка й форми; цей файл zvit не читає — залиште один із двох",
        "en": "{expected} is right beside it, and that is the file the checks and forms read; zvit does not read this one — keep one of the two",
    },
    "report.path-mismatch": {
        "uk": "{field}: {value} не відповідає шляху файлу (за шляхом має бути {expected}); файл звіту має називатися reports/<підрозділ>/<рік>-q<квартал>.yaml",
        "en": "{field}: {value} does not match the file path (the path says {expected}); a report is reports/<unit>/<year>-q<quarter>.yaml",
    },
    "report.bad-path": {
        "uk": "звіт має лежати у reports/<підрозділ>/<рік>-q<квартал>.yaml, наприклад reports/jkg/2019-q3.yaml (за півріччя — <рік>-h<1 або 2>.yaml, за рік — <рік>.yaml)",
        "en": "a report must be at reports/<unit>/<year>-q<quarter>.yaml, e.g. reports/jkg/2019-q3.yaml (a half-year: <year>-h<1 or 2>.yaml, a year: <year>.yaml)",
    },
    "report.period-mismatch": {
        "uk": "період звіту {value} не відповідає шляху файлу (за шляхом — {expected})",
        "en": "the report's period {value} does not match the file path (the path says {expected})",
    },
    "report.period-conflict": {
        "uk": "year/quarter не збігаються з period: {period}; залиште лише period",
        "en": "year/quarter disagree with period: {period}; keep only period",
    },
    "report.period-outside": {
        "uk": "період {period} не входить у строк програми «{programme}» ({start} — {end})",
        "en": "period {period} is outside the term of programme '{programme}' ({start} to {end})",
    },
    "report.period-cadence": {
        "uk": "програма «{programme}» звітує {reporting}, тож звіту за період {period} не буває",
        "en": "programme '{programme}' reports {reporting}, so there is no report for the period {period}",
    },
    "report.status-withdrawn": {
        "uk": "захід {id} вилучено з програми {date}; у звіті за пізніший період його стан не потрібен",
        "en": "measure {id} was withdrawn on {date}; a report for a later period needs no status for it",
    },
    "report.unknown-measure": {
        "uk": "заходу «{id}» немає в програмі «{programme}»",
        "en": "measure '{id}' does not exist in programme '{programme}'",
    },
    "report.unknown-measure-near": {
        "uk": "заходу «{id}» немає в програмі «{programme}»; можливо, малося на увазі {suggestion}",
        "en": "measure '{id}' does not exist in programme '{programme}'; did you mean {suggestion}?",
    },
    "id.lookalike": {
        "uk": "«{id}» містить кириличні літери ({letters}), схожі на латинські; ідентифікатори пишуться латиницею: «{fixed}»",
        "en": "'{id}' contains Cyrillic letters ({letters}) that look like Latin ones; ids are written in Latin letters: '{fixed}'",
    },
    "report.measure-of-other-unit": {
        "uk": "захід {id} не входить до заходів підрозділу {unit}: за нього відповідає {responsible}; перевірте номер заходу",
        "en": "measure {id} is not one of unit {unit}'s measures: it is the responsibility of {responsible}; check the measure number",
    },
    "report.status-empty": {
        "uk": "захід {id} — відповідальність підрозділу, але стан виконання не заповнено",
        "en": "measure {id} is this unit's responsibility, but its status is not filled in",
    },
    "report.status-placeholder": {
        "uk": "захід {id}: замість стану виконання стоїть «{text}»; опишіть, що зроблено",
        "en": "measure {id}: the status is just '{text}'; describe what was done",
    },
    "report.status-carried-over": {
        "uk": "захід {id}: текст перенесено з попереднього кварталу і ще не оновлено; оновіть його та приберіть позначку carried_over",
        "en": "measure {id}: the text was carried over from the previous quarter and not yet updated; update it and remove carried_over",
    },
    # Command-line errors
    "cli.bad-unit-id": {
        "uk": "«{unit}» не схоже на ідентифікатор підрозділу (малі латинські літери, цифри, дефіс)",
        "en": "'{unit}' does not look like a unit id (lowercase Latin letters, digits, hyphens)",
    },
    "cli.unknown-unit": {
        "uk": "підрозділу «{unit}» немає в програмі; є: {known}",
        "en": "unit '{unit}' is not in the programme; known: {known}",
    },
    "cli.no-report": {
        "uk": "звіту {path} немає{where}",
        "en": "report {path} does not exist{where}",
    },
    "cli.invalid-data": {
        "uk": "дані містять помилки (див. вище); документ не створено",
        "en": "the data has errors (see above); no document was written",
    },
    "cli.bad-quarter": {
        "uk": "квартал має бути від 1 до 4, а не «{quarter}»",
        "en": "the quarter must be 1 to 4, not '{quarter}'",
    },
    "cli.bad-date": {
        "uk": "дату «{value}» запишіть як РРРР-ММ-ДД, наприклад 2022-07-05",
        "en": "write the date '{value}' as YYYY-MM-DD, e.g. 2022-07-05",
    },
    "cli.bad-period": {
        "uk": "період має бути як 2019-q3 (квартал), 2022-h1 (півріччя) або 2022 (рік), а не «{period}»",
        "en": "a period is written 2019-q3 (quarter), 2022-h1 (half-year) or 2022 (year), not '{period}'",
    },
    "cli.period-needed": {
        "uk": "вкажіть період: --period 2022-h1 (make … P=2022-h1) або --quarter 3 --year 2019 (Q=3 YEAR=2019)",
        "en": "name the period: --period 2022-h1 (make … P=2022-h1) or --quarter 3 --year 2019 (Q=3 YEAR=2019)",
    },
    "cli.period-and-quarter": {
        "uk": "вкажіть або --period ({period}), або --quarter ({quarter}), не обидва",
        "en": "give either --period ({period}) or --quarter ({quarter}), not both",
    },
    "cli.period-year-mismatch": {
        "uk": "період {period} не належить до {year} року, названого --year",
        "en": "period {period} is not in the year {year} given by --year",
    },
    "cli.year-needed": {
        "uk": "програма «{programme}» — на {first}–{last} роки: вкажіть рік (--year, YEAR=) або період (--period, P=)",
        "en": "programme '{programme}' runs {first}–{last}: name the year (--year, YEAR=) or the period (--period, P=)",
    },
    "cli.period-not-in-programme": {
        "uk": "період {period} не входить у строк програми «{programme}» ({start} — {end})",
        "en": "period {period} is outside the term of programme '{programme}' ({start} to {end})",
    },
    "cli.period-not-cadence": {
        "uk": "програма «{programme}» звітує {reporting}, тож звіту за {period} не буває; наприклад: {example}",
        "en": "programme '{programme}' reports {reporting}, so there is no report for {period}; for example: {example}",
    },
    "cli.no-reports-for-period": {
        "uk": "жоден підрозділ не має звіту за період {period}",
        "en": "no unit has a report for the period {period}",
    },
    "cli.quarter-is-half": {
        "uk": "«{quarter}» — півріччя, а не квартал; вкажіть період: --period <рік>-{half} (make … P=<рік>-{half})",
        "en": "'{quarter}' is a half-year, not a quarter; name the period: --period <year>-{half} (make … P=<year>-{half})",
    },
    "cli.no-reports-for-quarter": {
        "uk": "жоден підрозділ не має звіту за {quarter} квартал {year} року",
        "en": "no unit has a report for quarter {quarter} of {year}",
    },
    "write.symlink": {
        "uk": "{path} — символьне посилання; zvit не записує через посилання (замінив би його або те, на що воно вказує): вкажіть інший файл",
        "en": "{path} is a symbolic link; zvit does not write through a link (it would replace it or what it points to): name another file",
    },
    "write.directory": {
        "uk": "{path} — тека; вкажіть файл у ній, наприклад {path}/назва.docx",
        "en": "{path} is a folder; name a file inside it, e.g. {path}/name.docx",
    },
    "write.not-regular": {
        "uk": "{path} — не звичайний файл (пристрій, канал чи сокет); zvit його не замінює: вкажіть звичайний файл",
        "en": "{path} is not a regular file (a device, a pipe or a socket); zvit does not replace it: name a regular file",
    },
    "write.linked-folder": {
        "uk": "не записано {path}: тека {folder} — символьне посилання, і запис міг би вийти за межі репозиторію",
        "en": "{path} not written: the folder {folder} is a symbolic link, and the write could leave the repository",
    },
    "write.disk-full": {
        "uk": "не записано {path}: на диску немає місця; звільніть місце і повторіть (попередній вміст файлу не змінено)",
        "en": "{path} not written: the disk is full; free some space and try again (the file's previous content is unchanged)",
    },
    "write.denied": {
        "uk": "не записано {path}: немає дозволу на запис ({reason}); перевірте права на теку або вкажіть іншу",
        "en": "{path} not written: no permission to write ({reason}); check the folder's permissions or name another",
    },
    "write.failed": {
        "uk": "не записано {path}: {reason} (попередній вміст файлу не змінено)",
        "en": "{path} not written: {reason} (the file's previous content is unchanged)",
    },
    "write.under-a-file": {
        "uk": "не записано {path}: частина шляху до нього — файл, а не тека; вкажіть інше місце",
        "en": "{path} not written: part of its path is a file, not a folder; name another place",
    },
    "write.data-folder": {
        "uk": "{path} — тека даних репозиторію (звіти, схеми чи git); форми туди не записуються: вкажіть теку в build/ або поза репозиторієм",
        "en": "{path} is a data folder of the repository (reports, schemas or git); forms are not written there: name a folder in build/ or outside the repository",
    },
    "write.data-file": {
        "uk": "{path} — файл даних репозиторію (програма чи звіт); результат туди не записується: вкажіть файл у build/ або поза репозиторієм",
        "en": "{path} is a data file of the repository (the programme or a report); output is not written there: name a file in build/ or outside the repository",
    },
    "write.wrong-suffix": {
        "uk": "{path}: zvit записує тут {kind}; назва файлу має закінчуватися на {suffix}",
        "en": "{path}: zvit writes {kind} here; the file name must end in {suffix}",
    },
    "cli.written": {
        "uk": "записано {path}",
        "en": "wrote {path}",
    },
    "git.failed": {
        "uk": "git завершився з помилкою: {detail}",
        "en": "git failed: {detail}",
    },
    "git.not-a-repository": {
        "uk": "це не репозиторій git (або git не встановлено): {root}",
        "en": "not a git repository (or git is not installed): {root}",
    },
    "git.bad-revision": {
        "uk": "ревізії «{rev}» немає в репозиторії",
        "en": "revision '{rev}' does not exist in the repository",
    },
    "cli.os-error": {
        "uk": "не вдалося прочитати чи записати {path}: {reason}; цей файл не змінено — звільніть місце на диску, перевірте права доступу чи шлях і повторіть",
        "en": "could not read or write {path}: {reason}; this file was left unchanged — free disk space, check the permissions or the path, and try again",
    },
    "cli.usage": {"uk": "використання", "en": "usage"},
    "cli.usage-error": {"uk": "помилка: {message}", "en": "error: {message}"},
    "cli.invalid-choice": {
        "uk": "{option}: «{value}» — такого варіанта немає; можна: {choices}",
        "en": "{option}: '{value}' is not one of the choices: {choices}",
    },
    "cli.unexpected": {
        "uk": "неочікувана внутрішня помилка: {detail}; повідомте розробникам",
        "en": "unexpected internal error: {detail}; please report it",
    },
    "cli.interrupted": {
        "uk": "перервано",
        "en": "interrupted",
    },
    "type.status": {"uk": "текст або словник з text і state", "en": "text, or a mapping with text and state"},
    "word.or": {"uk": " або ", "en": " or "},
    # A unit's report for a quarter: one vocabulary for status (text, JSON, HTML), consolidated and audit.
    "standing.missing": {"uk": "звіту немає", "en": "no report"},
    "standing.present": {"uk": "звіт є, не подано", "en": "report exists, not submitted"},
    "standing.submitted": {"uk": "подано", "en": "submitted"},
    "standing.changed": {"uk": "змінено після подання", "en": "changed after submission"},
    "reporting.quarter": {"uk": "щокварталу", "en": "quarterly"},
    "reporting.half-year": {"uk": "щопівроку", "en": "half-yearly"},
    "reporting.year": {"uk": "щороку", "en": "yearly"},
    # The anti-corruption unit's view: zvit status, zvit consolidated
    "overview.heading": {
        "uk": "Стан звітування за {quarter} квартал {year} року",
        "en": "Reporting status for quarter {quarter} of {year}",
    },
    "overview.heading-period": {
        "uk": "Стан звітування за {period}",
        "en": "Reporting status for {period}",
    },
    "overview.programme-period": {
        "uk": "програма {programme}; кінець періоду {end}",
        "en": "programme {programme}; the period ends on {end}",
    },
    "overview.programme": {
        "uk": "програма {programme}; кінець кварталу {end}",
        "en": "programme {programme}; the quarter ends on {end}",
    },
    "overview.counts": {
        "uk": "Підрозділів: {units}; подано: {submitted}; змінено після подання: {changed}; звіт є, не подано: {present}; з помилками: {invalid}; звіту немає: {missing}",
        "en": "Units: {units}; submitted: {submitted}; changed after submission: {changed}; report exists, not submitted: {present}; with errors: {invalid}; no report: {missing}",
    },
    "overview.column.unit": {"uk": "Підрозділ", "en": "Unit"},
    "overview.column.report": {"uk": "Звіт", "en": "Report"},
    "overview.column.filled": {"uk": "Заповнено", "en": "Filled"},
    "overview.column.carried": {"uk": "Перенесено", "en": "Carried"},
    "overview.column.overdue": {"uk": "Прострочено", "en": "Overdue"},
    "overview.column.name": {"uk": "Назва", "en": "Name"},
    "overview.column.measure": {"uk": "Захід", "en": "Measure"},
    "overview.column.filling": {"uk": "Текст", "en": "Text"},
    "overview.column.state": {"uk": "Оцінка", "en": "State"},
    "overview.column.deadline": {"uk": "Строк", "en": "Deadline"},
    "overview.column.title": {"uk": "Назва заходу", "en": "Measure title"},
    "overview.of": {"uk": "{count} з {total}", "en": "{count} of {total}"},
    "overview.submission.invalid": {"uk": "з помилками: {errors}", "en": "errors: {errors}"},
    "overview.short.filled": {"uk": "заповнено", "en": "filled"},
    "overview.short.carried-over": {"uk": "перенесено", "en": "carried over"},
    "overview.short.placeholder": {"uk": "заглушка", "en": "placeholder"},
    "overview.short.empty": {"uk": "порожньо", "en": "empty"},
    "overview.short.not-responsible": {"uk": "не відповідає", "en": "not responsible"},
    "overview.short.no-report": {"uk": "звіту немає", "en": "no report"},
    "overview.short.invalid": {"uk": "з помилками", "en": "has errors"},
    "overview.short.overdue": {"uk": "прострочено", "en": "overdue"},
    "overview.short.overdue-unconfirmed": {"uk": "не підтверджено", "en": "unconfirmed"},
    "overview.legend": {"uk": "Умовні позначення", "en": "Legend"},
    "overview.legend.filled": {"uk": "заповнено", "en": "filled"},
    "overview.legend.carried-over": {
        "uk": "текст перенесено з попереднього кварталу й ще не оновлено",
        "en": "text carried over from the previous quarter, not yet updated",
    },
    "overview.legend.placeholder": {
        "uk": "заглушка замість тексту («.», «-»)",
        "en": "a placeholder instead of text ('.', '-')",
    },
    "overview.legend.empty": {"uk": "не заповнено", "en": "not filled"},
    "overview.legend.not-responsible": {
        "uk": "підрозділ не відповідає за захід",
        "en": "the unit is not responsible for the measure",
    },
    "overview.legend.no-report": {
        "uk": "звіту за квартал немає",
        "en": "no report for the quarter",
    },
    "overview.legend.invalid": {
        "uk": "звіт не пройшов перевірку (make validate)",
        "en": "the report fails validation (make validate)",
    },
    "overview.legend.overdue": {
        "uk": "строк минув, а виконання не підтверджено: порожньо або оцінка не «виконано»",
        "en": "the deadline has passed and nothing confirms it done: empty, or a state other than 'виконано'",
    },
    "overview.legend.overdue-unconfirmed": {
        "uk": "строк минув; текст є, але оцінки «виконано» немає",
        "en": "the deadline has passed; there is text but no state 'виконано'",
    },
    "overview.invalid-hint": {
        "uk": "звіт не пройшов перевірку (помилок: {errors}); його не враховано — див. make validate",
        "en": "the report fails validation ({errors} errors) and is not counted — see make validate",
    },
    "overview.overdue-heading": {
        "uk": "Прострочені заходи (строк до {end} включно, виконання не підтверджено оцінкою «виконано»):",
        "en": "Overdue measures (due by {end}, not confirmed by the state 'виконано'):",
    },
    "overview.overdue-none": {
        "uk": "Прострочених заходів (строк до {end} включно) немає.",
        "en": "No overdue measures (due by {end}).",
    },
    "overview.due": {"uk": "строк {date}", "en": "due {date}"},
    "overview.state": {"uk": "оцінка: {state}", "en": "state: {state}"},
    "overview.missing-list": {"uk": "Звіту немає: {units}", "en": "No report: {units}"},
    "overview.measures": {"uk": "Заходи програми", "en": "The programme's measures"},
    "consolidated.left-out": {
        "uk": "звіт {path} не пройшов перевірку (помилок: {errors}), його немає у зведеній інформації; див. make validate",
        "en": "report {path} fails validation ({errors} errors) and is left out of the consolidated report; see make validate",
    },
    "consolidated.nothing-valid-period": {
        "uk": "жоден звіт за період {period} не пройшов перевірку; див. make validate",
        "en": "no report for the period {period} passes validation; see make validate",
    },
    "consolidated.nothing-valid": {
        "uk": "жоден звіт за {quarter} квартал {year} року не пройшов перевірку; див. make validate",
        "en": "no report for quarter {quarter} of {year} passes validation; see make validate",
    },
    "consolidated.included": {
        "uk": "у зведеній інформації звіти підрозділів ({count}): {units}",
        "en": "the consolidated report holds the reports of these units ({count}): {units}",
    },
    "consolidated.missing": {
        "uk": "звіту немає ({count}): {units}",
        "en": "no report ({count}): {units}",
    },
    # Trust: submission tags, submit, the submission check, CODEOWNERS, audit (issue 6)
    "submission.bad-period": {
        "uk": "рік {year} і квартал {quarter} не можуть бути в назві тегу подання (рік — чотири цифри, квартал — від 1 до 4)",
        "en": "year {year} and quarter {quarter} cannot name a submission tag (a four-digit year, a quarter from 1 to 4)",
    },
    "submission.tag-subject-period": {
        "uk": "Подання звіту {unit} за {period}",
        "en": "Submission of the {unit} report for {period}",
    },
    "submission.tag-body": {
        "uk": "Подано звіт {path}. Подав(-ла): {submitter}.",
        "en": "Submitted report {path}. Submitted by: {submitter}.",
    },
    "report.measure-changed-after-submission": {
        "uk": "захід {measure} змінено після подання звіту ({date}, тег {tag}); виправлення поданого звіту має бути на записі: додайте до amendments пункт з date, reason і by",
        "en": "measure {measure} was changed after the report was submitted ({date}, tag {tag}); a correction must be on the record: add an amendments entry with date, reason and by",
    },
    "report.changed-after-submission": {
        "uk": "поле {field} змінено після подання звіту ({date}, тег {tag}); виправлення поданого звіту має бути на записі: додайте до amendments пункт з date, reason і by",
        "en": "field {field} was changed after the report was submitted ({date}, tag {tag}); a correction must be on the record: add an amendments entry with date, reason and by",
    },
    "report.measure-changed-after-submission-in-commit": {
        "uk": "захід {measure} змінено комітом {commit} після подання звіту ({date}, тег {tag}) без нового запису в amendments; кожна зміна поданого звіту потребує свого запису: додайте до amendments пункт з date, reason і by",
        "en": "measure {measure} was changed by commit {commit} after the report was submitted ({date}, tag {tag}) with no new amendments entry; every change to a submitted report needs its own entry: add one with date, reason and by",
    },
    "report.changed-after-submission-in-commit": {
        "uk": "поле {field} змінено комітом {commit} після подання звіту ({date}, тег {tag}) без нового запису в amendments; кожна зміна поданого звіту потребує свого запису: додайте до amendments пункт з date, reason і by",
        "en": "field {field} was changed by commit {commit} after the report was submitted ({date}, tag {tag}) with no new amendments entry; every change to a submitted report needs its own entry: add one with date, reason and by",
    },
    "report.amendment-before-submission": {
        "uk": "виправлення датовано {amended}, раніше за подання звіту ({date}, тег {tag}); виправляють лише поданий звіт — вкажіть дату виправлення",
        "en": "the amendment is dated {amended}, before the report was submitted ({date}, tag {tag}); only a submitted report is amended — give the date of the correction",
    },
    "report.deleted-after-submission": {
        "uk": "звіт подано ({date}, тег {tag}), але файл видалено; поданий звіт не видаляють — виправляйте його з записом у amendments",
        "en": "the report was submitted ({date}, tag {tag}) but the file was deleted; a submitted report is not deleted but corrected with an amendments entry",
    },
    "submit.already": {
        "uk": "звіт {path} уже подано {date} ({tagger}), тег {tag}; подання не повторюють — щоб виправити поданий звіт, змініть його і додайте до amendments пункт з date, reason і by",
        "en": "report {path} was already submitted on {date} ({tagger}), tag {tag}; a submission is not repeated — to correct the report, change it and add an amendments entry with date, reason and by",
    },
    "submit.invalid": {
        "uk": "звіт {path} містить помилки (див. вище); виправте їх, зробіть коміт і подайте знову",
        "en": "report {path} has errors (see above); fix them, commit, and submit again",
    },
    "submit.uncommitted": {
        "uk": "є незафіксовані зміни: {paths}; подається лише те, що є в коміті — спершу зробіть коміт (git add, git commit)",
        "en": "uncommitted changes: {paths}; only what is committed can be submitted — commit first (git add, git commit)",
    },
    "submit.done-signed": {
        "uk": "звіт {path} подано: підписаний тег {tag} на коміті {commit} (подав(-ла): {submitter})",
        "en": "report {path} submitted: signed tag {tag} on commit {commit} (by {submitter})",
    },
    "submit.done-unsigned": {
        "uk": "звіт {path} подано: тег {tag} на коміті {commit} (подав(-ла): {submitter}); тег не підписано — у git не налаштовано ключ підпису (user.signingkey)",
        "en": "report {path} submitted: tag {tag} on commit {commit} (by {submitter}); the tag is unsigned — git has no signing key configured (user.signingkey)",
    },
    "submit.push": {
        "uk": "надішліть тег на сервер: git push origin {tag}",
        "en": "push the tag to the server: git push origin {tag}",
    },
    "codeowners.header-1": {
        "uk": "Хто затверджує зміни. Згенеровано командою «make codeowners» з programme.yaml (owners підрозділів; координатор — {unit}).",
        "en": "Who approves changes. Generated by 'make codeowners' from programme.yaml (units' owners; the coordinator is {unit}).",
    },
    "codeowners.header-2": {
        "uk": "Не редагуйте вручну: змініть owners у programme.yaml і виконайте make codeowners.",
        "en": "Do not edit by hand: change owners in programme.yaml and run make codeowners.",
    },
    "codeowners.header-3": {
        "uk": "Для файлу діє останнє правило, що до нього підходить; схвалити може будь-хто з переліку.",
        "en": "The last rule that matches a file applies; anyone listed may approve.",
    },
    "codeowners.everything-else": {
        "uk": "Усе, що не назване нижче, — координатор ({unit})",
        "en": "Everything not named below: the coordinator ({unit})",
    },
    "codeowners.unit": {
        "uk": "{name} ({unit})",
        "en": "{name} ({unit})",
    },
    "codeowners.unit-without-owners": {
        "uk": "{name} ({unit}): owners не вказано, тож затверджує координатор ({coordinator})",
        "en": "{name} ({unit}): no owners given, so the coordinator ({coordinator}) approves",
    },
    "codeowners.programme": {
        "uk": "Програма, згенеровані схеми, налаштування CI і ці файли — лише координатор ({unit})",
        "en": "The programme, the generated schemas, the CI settings and these files: the coordinator ({unit}) only",
    },
    "codeowners.no-coordinator": {
        "uk": "у programme.yaml не вказано coordinator — підрозділ, що затверджує зміни програми (наприклад, coordinator: anticor)",
        "en": "programme.yaml names no coordinator, the unit that approves changes to the programme (e.g. coordinator: anticor)",
    },
    "codeowners.unknown-coordinator": {
        "uk": "coordinator «{unit}» немає серед units; є: {known}",
        "en": "coordinator '{unit}' is not among the units; known: {known}",
    },
    "codeowners.coordinator-no-owners": {
        "uk": "у підрозділу-координатора «{unit}» не вказано owners (користувачі або команди на GitHub/GitLab); без них зміни програми нікому затверджувати",
        "en": "the coordinator unit '{unit}' has no owners (GitHub/GitLab users or teams); without them nobody approves changes to the programme",
    },
    "codeowners.bad-owner": {
        "uk": "«{owner}» в owners підрозділу {unit} не схоже на користувача чи команду (наприклад, @koval або @loda/anticor)",
        "en": "'{owner}' in the owners of unit {unit} does not look like a user or team (e.g. @koval or @loda/anticor)",
    },
    "codeowners.stale": {
        "uk": "файл {file} застарів щодо programme.yaml; виконайте «{command}» і додайте його до коміту",
        "en": "file {file} is out of date with programme.yaml; run '{command}' and commit it",
    },
    "codeowners.missing": {
        "uk": "файлу {file} немає; виконайте «{command}»",
        "en": "file {file} does not exist; run '{command}'",
    },
    "audit.title": {
        "uk": "Аудит подання звітів про виконання антикорупційної програми за {year} рік",
        "en": "Audit of the reports on the anti-corruption programme submitted for {year}",
    },
    "audit.nothing-for-year": {
        "uk": "за {year} рік у гілці {branch} немає ні програми, ні звітів, тож перевіряти нічого; перевірте рік (YEAR=)",
        "en": "branch {branch} has neither a programme nor reports for {year}, so there is nothing to audit; check the year (YEAR=)",
    },
    "audit.branch": {
        "uk": "Стан гілки {branch} на коміті {commit} ({date}); час {zone}",
        "en": "Branch {branch} at commit {commit} ({date}); times in {zone}",
    },
    "audit.zone-kyiv": {"uk": "київський", "en": "Kyiv time"},
    "audit.zone-utc": {"uk": "UTC", "en": "UTC"},
    "audit.quarter": {"uk": "{quarter} квартал", "en": "quarter {quarter}"},
    "audit.half-year": {"uk": "{quarter} півріччя", "en": "half-year {quarter}"},
    "audit.year-period": {"uk": "{year} рік", "en": "year {year}"},
    "audit.title-programme": {
        "uk": "Аудит подання звітів про виконання антикорупційної програми {programme} за весь строк програми",
        "en": "Audit of the reports on the anti-corruption programme {programme} submitted over its whole term",
    },
    "audit.late": {
        "uk": "подано із запізненням: {sent}, а строк — до {due}",
        "en": "submitted late: on {sent}, due by {due}",
    },
    "audit.overdue": {
        "uk": "звіт не подано, хоча строк минув {due}",
        "en": "not submitted, although it was due by {due}",
    },
    "audit.submitted": {"uk": "подано {date}, {tagger}", "en": "submitted {date} by {tagger}"},
    "audit.submitted-where": {"uk": "тег {tag}, коміт {commit}", "en": "tag {tag}, commit {commit}"},
    "audit.tag-signature": {"uk": "підпис тегу: {state}", "en": "tag signature: {state}"},
    "audit.commit-signature": {"uk": "підпис коміту: {state}", "en": "commit signature: {state}"},
    "audit.signature-verified": {"uk": "перевірено ({signer})", "en": "verified ({signer})"},
    "audit.signature-bad": {
        "uk": "НЕДІЙСНИЙ: вміст не відповідає підпису",
        "en": "BAD: the content does not match the signature",
    },
    "audit.signature-no-key": {
        "uk": "підписано, але не перевірено: немає ключа для перевірки ({detail})",
        "en": "signed but not verified: no key to verify with ({detail})",
    },
    "audit.signature-expired": {
        "uk": "підписано простроченим або відкликаним ключем ({detail})",
        "en": "signed with an expired or revoked key ({detail})",
    },
    "audit.signature-failed": {
        "uk": "підписано, але перевірка не вдалася ({detail})",
        "en": "signed, but verification failed ({detail})",
    },
    "audit.signature-unsigned": {"uk": "не підписано", "en": "unsigned"},
    "audit.changes": {"uk": "зміни після подання ({count}):", "en": "changes after submission ({count}):"},
    "audit.change": {
        "uk": "{date} {author}, коміт {commit} «{subject}»; підпис: {signature}",
        "en": "{date} {author}, commit {commit} '{subject}'; signature: {signature}",
    },
    "audit.change-amendment": {
        "uk": "виправлення: {reason} ({by}, {date})",
        "en": "amendment: {reason} ({by}, {date})",
    },
    "audit.change-unamended": {"uk": "без запису в amendments", "en": "no amendments entry"},
    "audit.change-deleted": {"uk": "файл звіту видалено", "en": "the report file was deleted"},
    "audit.change-format-only": {
        "uk": "змінено лише оформлення, дані ті самі",
        "en": "layout only; the data is the same",
    },
    "audit.changed-elsewhere": {
        "uk": "у гілці інша версія звіту, ніж подано (змін в історії після тегу немає)",
        "en": "the branch holds another version than the one submitted (no changes after the tag in its history)",
    },
    "audit.change-amended-later": {
        "uk": "запис у amendments додано пізнішим комітом",
        "en": "the amendments entry was added by a later commit",
    },
    "audit.unamended": {
        "uk": "звіт змінено після подання без запису в amendments",
        "en": "the report was changed after submission with no amendments entry",
    },
    "audit.deleted": {"uk": "поданий звіт видалено з гілки", "en": "the submitted report was deleted from the branch"},
    "audit.clean": {"uk": "без зауважень", "en": "no remarks"},
    "audit.tamper-outside-branch": {
        "uk": "ПІДРОБКА: коміт {commit} тегу {tag} не входить в історію гілки (історію переписано або тег переміщено)",
        "en": "TAMPERING: commit {commit} of tag {tag} is not in the branch's history (history rewritten or the tag moved)",
    },
    "audit.tamper-content": {
        "uk": "ПІДРОБКА: звіт за тегом {tag} (blob {blob}) не той, що записано під час подання (blob {recorded})",
        "en": "TAMPERING: the report at tag {tag} (blob {blob}) is not the one recorded at submission (blob {recorded})",
    },
    "audit.tamper-no-report": {
        "uk": "ПІДРОБКА: у коміті тегу {tag} немає звіту {path}",
        "en": "TAMPERING: the commit of tag {tag} has no report {path}",
    },
    "audit.tamper-no-commit": {
        "uk": "ПІДРОБКА: тег {tag} вказує не на коміт",
        "en": "TAMPERING: tag {tag} does not point at a commit",
    },
    "audit.tamper-tag-signature": {
        "uk": "ПІДРОБКА: підпис тегу {tag} недійсний",
        "en": "TAMPERING: the signature of tag {tag} is bad",
    },
    "audit.tamper-commit-signature": {
        "uk": "ПІДРОБКА: підпис коміту {commit} недійсний",
        "en": "TAMPERING: the signature of commit {commit} is bad",
    },
    "audit.lightweight": {
        "uk": "тег {tag} легкий (без автора, дати й підпису): подання не засвідчене",
        "en": "tag {tag} is lightweight (no tagger, date or signature): the submission is not attested",
    },
    "audit.no-record": {
        "uk": "тег {tag} створено не командою zvit submit: у ньому немає запису про вміст звіту, тож підміну вмісту не перевірено",
        "en": "tag {tag} was not made by zvit submit: it records no report content, so a substitution cannot be checked",
    },
    "audit.column-quarter": {"uk": "Квартал", "en": "Quarter"},
    "audit.column-submission": {"uk": "Подання", "en": "Submission"},
    "audit.column-signatures": {"uk": "Підписи", "en": "Signatures"},
    "audit.column-changes": {"uk": "Зміни після подання", "en": "Changes after submission"},
    "audit.column-verdict": {"uk": "Висновок", "en": "Verdict"},
    # The audit as a document for a person (zvit audit --format docx): plain words, hashes in the appendix.
    "audit-doc.as-of": {
        "uk": "Стан сховища звітів на {date} ({zone} час)",
        "en": "The reports repository as of {date} ({zone})",
    },
    "audit-doc.summary-title": {"uk": "Підсумок", "en": "Summary"},
    "audit-doc.summary": {
        "uk": "Звітів, строк подання яких настав: {expected}; подано: {submitted}; змінено після подання: {changed}, "
        "з них без запису про виправлення: {unamended}; подань без електронного підпису: {unsigned}; "
        "з ознаками підробки: {tampered}.",
        "en": "Reports due: {expected}; submitted: {submitted}; changed after submission: {changed}, "
        "{unamended} of them with no record of the correction; submissions without an electronic signature: "
        "{unsigned}; with signs of tampering: {tampered}.",
    },
    "audit-doc.problems": {"uk": "Що потребує уваги", "en": "What needs attention"},
    "audit-doc.by-unit": {"uk": "Подання за підрозділами і кварталами", "en": "Submissions by unit and quarter"},
    "audit-doc.submitted": {"uk": "подано {date}, {tagger}", "en": "submitted {date} by {tagger}"},
    "audit-doc.see-appendix": {
        "uk": "технічні дані — у додатку, № {number}",
        "en": "technical data: appendix, no. {number}",
    },
    "audit-doc.tag-signature": {"uk": "подання: {state}", "en": "submission: {state}"},
    "audit-doc.commit-signature": {"uk": "версія звіту: {state}", "en": "report version: {state}"},
    "audit-doc.change": {
        "uk": "{date}, {author}: «{subject}»; підпис: {signature}",
        "en": "{date}, {author}: '{subject}'; signature: {signature}",
    },
    "audit-doc.unamended": {
        "uk": "звіт змінено після подання без запису про виправлення",
        "en": "the report was changed after submission with no record of the correction",
    },
    "audit-doc.change-unamended": {"uk": "без запису про виправлення", "en": "no record of the correction"},
    "audit-doc.change-amended-later": {
        "uk": "запис про виправлення додано пізніше",
        "en": "the record of the correction was added later",
    },
    "audit-doc.changed-elsewhere": {
        "uk": "чинна версія звіту відрізняється від поданої (зміни внесено поза основною гілкою)",
        "en": "the current version differs from the submitted one (changed outside the main branch)",
    },
    "audit-doc.deleted": {"uk": "поданий звіт видалено", "en": "the submitted report was deleted"},
    "audit-doc.tamper": {
        "uk": "ПІДРОБКА: {what} (подробиці — у додатку, № {number})",
        "en": "TAMPERING: {what} (details: appendix, no. {number})",
    },
    "audit-doc.tamper-outside-branch": {
        "uk": "подану версію вилучено з історії (історію переписано або позначку подання переміщено)",
        "en": "the submitted version is no longer in the history (history rewritten or the submission mark moved)",
    },
    "audit-doc.tamper-content": {
        "uk": "поданий звіт підмінено: його вміст не той, що записано під час подання",
        "en": "the submitted report was replaced: its content is not the one recorded at submission",
    },
    "audit-doc.tamper-no-report": {
        "uk": "у поданій версії немає файлу звіту",
        "en": "the submitted version has no report file",
    },
    "audit-doc.tamper-no-commit": {
        "uk": "позначка подання не вказує на версію",
        "en": "the submission mark points at no version",
    },
    "audit-doc.tamper-tag-signature": {"uk": "підпис подання недійсний", "en": "the submission's signature is bad"},
    "audit-doc.tamper-commit-signature": {"uk": "підпис версії недійсний", "en": "a version's signature is bad"},
    "audit-doc.lightweight": {
        "uk": "подання не засвідчене: позначку поставлено вручну, без автора, дати й підпису",
        "en": "the submission is not attested: the mark was set by hand, with no author, date or signature",
    },
    "audit-doc.no-record": {
        "uk": "подання позначено не командою zvit submit, тож підміну вмісту не перевірено",
        "en": "the submission was not marked by zvit submit, so a substitution cannot be checked",
    },
    "audit-doc.appendix": {
        "uk": "Додаток. Технічні дані для перевірки",
        "en": "Appendix. Technical data for verification",
    },
    "audit-doc.appendix-head": {
        "uk": "Гілка {branch}, версія {commit}. Позначки подання — теги git, версії — коміти git, вміст — blob git.",
        "en": "Branch {branch}, version {commit}. Submission marks are git tags, versions git commits, content git blobs.",
    },
    "audit-doc.column-number": {"uk": "№", "en": "No."},
    "audit-doc.column-what": {"uk": "Підрозділ, квартал", "en": "Unit, quarter"},
    "audit-doc.column-ids": {"uk": "Позначка подання, версія, вміст", "en": "Submission mark, version, content"},
    "audit-doc.column-details": {"uk": "Подробиці", "en": "Details"},
    "audit-doc.ids": {"uk": "тег {tag}; коміт {commit}; blob {blob}", "en": "tag {tag}; commit {commit}; blob {blob}"},
    "audit-doc.change-id": {"uk": "зміна {date}: коміт {commit}", "en": "change {date}: commit {commit}"},
    "audit.shallow": {
        "uk": "це неповна копія репозиторію (git clone --depth): без давніших комітів подання здавалися б "
        "підробленими; завантажте всю історію: git fetch --unshallow --tags",
        "en": "this is a shallow clone (git clone --depth): without the older commits, submissions would look "
        "forged; fetch the whole history: git fetch --unshallow --tags",
    },
    "audit.no-branch": {
        "uk": "гілки «{branch}» немає; вкажіть --branch (наприклад, origin/main)",
        "en": "branch '{branch}' does not exist; give --branch (e.g. origin/main)",
    },
    "audit.summary": {
        "uk": "Підсумок: звітів {expected}; подано {submitted}; змінено після подання {changed}, з них без запису в amendments {unamended}; не підписано тегів {unsigned}; з ознаками підробки {tampered}",
        "en": "Summary: {expected} reports; {submitted} submitted; {changed} changed after submission, {unamended} of them with no amendments entry; {unsigned} tags unsigned; {tampered} with signs of tampering",
    },
    # A quarter's files: zvit new, zvit fmt, zvit import (issue 5)
    "cli.year-not-in-programme": {
        "uk": "програма «{programme}» — на {programme_year} рік; звіт за {year} рік за нею не створити",
        "en": "programme '{programme}' covers {programme_year}; a report for {year} cannot be made from it",
    },
    "init.exists": {
        "uk": "{path} уже є; init не перезаписує програму. Для нового органу вкажіть іншу теку (make init DIR=…) "
        "або спершу приберіть дані попереднього: git rm -r programme.yaml reports",
        "en": "{path} already exists; init never overwrites a programme. For a new body give another folder "
        "(make init DIR=…) or first remove the previous data: git rm -r programme.yaml reports",
    },
    "init.bad-id": {
        "uk": "ідентифікатор програми «{id}» має складатися з малих латинських літер, цифр і дефісів, наприклад oda-2025-2027",
        "en": "programme id '{id}' must consist of lowercase Latin letters, digits and hyphens, e.g. oda-2025-2027",
    },
    "init.bad-due-day": {
        "uk": "день подання має бути від 1 до 31, а не {day}",
        "en": "the due day must be 1 to 31, not {day}",
    },
    "init.no-period": {
        "uk": "у строку програми {start} — {end} немає жодного звітного періоду",
        "en": "the programme's term {start} to {end} holds no reporting period",
    },
    "init.done": {
        "uk": "створено заготовку програми ({kind}) у {dir}: programme.yaml, {report}, schema/",
        "en": "created a programme skeleton ({kind}) in {dir}: programme.yaml, {report}, schema/",
    },
    "init.next-step": {
        "uk": "замініть тексти в «<…>» текстами вашої програми, додайте підрозділи й заходи, потім: make validate; "
        "форма першого звіту: make docx DEPT={unit} P={period}",
        "en": "replace the texts in «<…>» with your programme's, add units and measures, then: make validate; "
        "the first report's form: make docx DEPT={unit} P={period}",
    },
    "new.exists": {
        "uk": "звіт {path} уже існує; команда не перезаписує звіти — відкрийте і доповніть наявний файл",
        "en": "report {path} already exists; the command never overwrites a report — open and edit the existing file",
    },
    "new.previous-invalid": {
        "uk": "попередній звіт {path} містить помилки (перевірте: make validate), тож тексти з нього не перенесено",
        "en": "the previous report {path} has errors (check: make validate), so no texts were carried over from it",
    },
    "new.written": {
        "uk": "створено {path}: заходів підрозділу — {measures}, текстів перенесено з {previous} — {carried}",
        "en": "created {path}: {measures} measures of the unit, {carried} texts carried over from {previous}",
    },
    "new.written-fresh": {
        "uk": "створено {path}: заходів підрозділу — {measures}; попереднього звіту {previous} немає, тож усі стани порожні",
        "en": "created {path}: {measures} measures of the unit; there is no previous report {previous}, so every status is empty",
    },
    "new.next-step": {
        "uk": "опишіть стан виконання кожного заходу, приберіть позначки carried_over і перевірте: make validate",
        "en": "describe the status of every measure, remove the carried_over marks and check: make validate",
    },
    "new.next-step-fresh": {
        "uk": "опишіть стан виконання кожного заходу і перевірте: make validate",
        "en": "describe the status of every measure and check: make validate",
    },
    "new.check-signatory": {
        "uk": "підписанта перенесено з попереднього звіту: {position} {name}; перевірте, чи він підписує і цей звіт",
        "en": "the signatory was carried over from the previous report: {position} {name}; check that they sign this report too",
    },
    "template.signatory-carried": {
        "uk": "Підписанта перенесено з {previous}: перевірте посаду й ім’я.",
        "en": "The signatory was carried over from {previous}: check the position and the name.",
    },
    "template.title": {
        "uk": "Звіт: {unit} — {quarter} квартал {year} року.",
        "en": "Report: {unit} — quarter {quarter} of {year}.",
    },
    "template.title-period": {
        "uk": "Звіт: {unit} — {period}.",
        "en": "Report: {unit} — {period}.",
    },
    "template.how-to-period": {
        "uk": "Під кожним номером заходу напишіть, що зроблено за звітний період. Кілька абзаців — блоком «|-»: кожен абзац з нового рядка, з відступом.\nТекст із позначкою «carried_over: true» перенесено з попереднього звіту: оновіть його і видаліть рядок carried_over.\nПеревірка: make validate. Вирівняти оформлення: make fmt.",
        "en": "Under each measure number write what was done in the period. Several paragraphs go in a '|-' block: one paragraph per indented line.\nA text marked 'carried_over: true' was copied from the previous report: update it and delete the carried_over line.\nCheck: make validate. Tidy the layout: make fmt.",
    },
    "template.how-to": {
        "uk": "Під кожним номером заходу напишіть, що зроблено за квартал. Кілька абзаців — блоком «|-»: кожен абзац з нового рядка, з відступом.\nТекст із позначкою «carried_over: true» перенесено з попереднього кварталу: оновіть його і видаліть рядок carried_over.\nПеревірка: make validate. Вирівняти оформлення: make fmt.",
        "en": "Under each measure number write what was done in the quarter. Several paragraphs go in a '|-' block: one paragraph per indented line.\nA text marked 'carried_over: true' was copied from the previous quarter: update it and delete the carried_over line.\nCheck: make validate. Tidy the layout: make fmt.",
    },
    "fmt.reformatted": {
        "uk": "відформатовано {path}",
        "en": "reformatted {path}",
    },
    "fmt.would-change": {
        "uk": "{path}: оформлення не канонічне; виконайте {command} (дані не зміняться)",
        "en": "{path}: not in the canonical layout; run {command} (the data will not change)",
    },
    "fmt.refused": {
        "uk": "{path}: файл читається з помилками (див. вище), тому його не змінено",
        "en": "{path}: the file reads with errors (see above), so it was left unchanged",
    },
    "fmt.unsafe": {
        "uk": "{path}: після форматування дані чи коментарі відрізнялися б від початкових, тому файл не змінено; повідомте розробникам ({detail})",
        "en": "{path}: formatting would change the data or the comments, so the file was left unchanged; please report it ({detail})",
    },
    "fmt.changed-meanwhile": {
        "uk": "{path}: файл змінився, поки його форматували (збережено в редакторі?), тому його не змінено; запустіть форматування ще раз",
        "en": "{path}: the file changed while it was being formatted (saved in an editor?), so it was left as it is; run the formatting again",
    },
    "fmt.unsupported": {
        "uk": "{path}: {command} впорядковує лише programme.yaml і звіти reports/<підрозділ>/<рік>-q<квартал>.yaml",
        "en": "{path}: {command} handles only programme.yaml and reports/<unit>/<year>-q<quarter>.yaml",
    },
    "fmt.summary": {
        "uk": "файлів: {files}; відформатовано: {changed}",
        "en": "{files} files; reformatted: {changed}",
    },
    "fmt.summary-check": {
        "uk": "файлів: {files}; потребують {command}: {changed}",
        "en": "{files} files; needing {command}: {changed}",
    },
    "fmt.failed": {
        "uk": "не відформатовано файлів: {failed} (див. вище)",
        "en": "{failed} files could not be formatted (see above)",
    },
    "import.not-docx": {
        "uk": "це не документ Word .docx; якщо це старий формат .doc, відкрийте його у Word і збережіть як .docx",
        "en": "this is not a Word .docx document; if it is an old .doc file, open it in Word and save it as .docx",
    },
    "import.too-large-unpacked": {
        "uk": "документ Word розпаковується у понад {limit_mb} МБ; справжня форма звіту значно менша — перевірте, чи це той файл",
        "en": "the Word document unpacks to more than {limit_mb} MB; a real report form is far smaller — is it the right file?",
    },
    "import.broken-docx": {
        "uk": "документ Word пошкоджений і не читається: {detail}",
        "en": "the Word document is damaged and cannot be read: {detail}",
    },
    "import.file-missing": {
        "uk": "файлу {path} немає",
        "en": "file {path} does not exist",
    },
    "import.not-regular": {
        "uk": "{path} — не звичайний файл (тека, пристрій або канал FIFO); вкажіть файл форми Word .docx",
        "en": "{path} is not a regular file (a folder, a device or a FIFO); give a Word form .docx file",
    },
    "import.exists": {
        "uk": "звіт {path} уже існує; щоб замінити його імпортованим, додайте --force (make import ... FORCE=1)",
        "en": "report {path} already exists; to replace it with the import, add --force (make import ... FORCE=1)",
    },
    "import.where": {
        "uk": "таблиця {table}, рядок {row}: ",
        "en": "table {table}, row {row}: ",
    },
    "import.unknown-section": {
        "uk": "розділ «{text}» не впізнано: такого номера розділу в програмі немає; заходи під ним не імпортовано",
        "en": "section '{text}' not recognised: the programme has no section with this number; its measures were not imported",
    },
    "import.section-title-mismatch": {
        "uk": "розділ {section} у програмі — «{expected}», а у формі — «{found}» (схожість {similarity}); заходи під ним не імпортовано",
        "en": "section {section} is '{expected}' in the programme but '{found}' in the form (similarity {similarity}); its measures were not imported",
    },
    "import.row-unmatched": {
        "uk": "рядок не впізнано й не імпортовано: «{text}» (найближчий за назвою захід: {nearest})",
        "en": "row not recognised and not imported: '{text}' (nearest measure by title: {nearest})",
    },
    "import.no-section": {
        "uk": "захід № {number} «{text}» не стоїть під жодним упізнаним рядком розділу; не імпортовано",
        "en": "measure no. {number} '{text}' is not under any recognised section row; not imported",
    },
    "import.unknown-number": {
        "uk": "заходу {id} у програмі немає («{text}»; найближчий за назвою: {nearest}); не імпортовано",
        "en": "the programme has no measure {id} ('{text}'; nearest by title: {nearest}); not imported",
    },
    "import.title-mismatch": {
        "uk": "номер вказує на захід {id} «{expected}», а назва в рядку — «{found}» (схожість {similarity}; найближчий за назвою: {nearest}); не імпортовано",
        "en": "the number points to measure {id} '{expected}', but the row's title is '{found}' (similarity {similarity}; nearest by title: {nearest}); not imported",
    },
    "import.extra-cell": {
        "uk": "зайва клітинка в стовпці {column} не імпортована: «{text}»",
        "en": "extra cell in column {column} not imported: '{text}'",
    },
    "import.no-status-cell": {
        "uk": "у рядку заходу {id} немає стовпця «Стан виконання»",
        "en": "the row of measure {id} has no 'Стан виконання' column",
    },
    "import.merged-status": {
        "uk": "клітинку стану виконання заходу {id} об’єднано з рядком вище; її текст віднесено до заходу вище, для {id} не імпортовано",
        "en": "the status cell of measure {id} is merged with the row above; its text went to the measure above, not to {id}",
    },
    "import.duplicate": {
        "uk": "захід {id} уже був (таблиця {first_table}, рядок {first_row}) з іншим текстом; цей рядок не імпортовано",
        "en": "measure {id} already appeared (table {first_table}, row {first_row}) with a different text; this row was not imported",
    },
    "import.extra-paragraph": {
        "uk": "текст поза таблицею не імпортовано: «{text}»",
        "en": "text outside the table not imported: '{text}'",
    },
    "import.missing-measure": {
        "uk": "заходу {id} підрозділу у формі немає; з --partial звіт буде записано з порожнім станом цього заходу",
        "en": "measure {id} of the unit is not in the form; with --partial the report is written with its status empty",
    },
    "import.unknown-state": {
        "uk": "захід {id}: стан виконання «{state}» не з переліку ({states}); не імпортовано",
        "en": "measure {id}: state '{state}' is not one of ({states}); not imported",
    },
    "import.bad-done-date": {
        "uk": "захід {id}: фактичний термін «{text}» — не дата ДД.ММ.РРРР; не імпортовано",
        "en": "measure {id}: the actual date '{text}' is not a DD.MM.YYYY date; not imported",
    },
    "import.tracked-changes": {
        "uk": "у файлі є неприйняті виправлення (режим рецензування): {count}; імпортовано текст так, ніби їх прийнято — перегляньте їх у Word",
        "en": "the file has {count} tracked changes not yet accepted or rejected; the text was imported as if they were accepted — review them in Word",
    },
    "import.heading-mismatch-period": {
        "uk": "у заголовку форми — {found}, а імпортується {period}; перевірте, чи це той файл",
        "en": "the form's heading says {found}, but {period} is being imported; is it the right file?",
    },
    "import.heading-mismatch-unit": {
        "uk": "у заголовку форми — підрозділ {found} ({name}), а імпортується звіт підрозділу {unit}; перевірте, чи це той файл",
        "en": "the form's heading names unit {found} ({name}), but a report of {unit} is being imported; is it the right file?",
    },
    "import.heading-mismatch": {
        "uk": "у заголовку форми — {found_quarter} квартал {found_year} року, а імпортується {quarter} квартал {year} року; перевірте, чи це той файл",
        "en": "the form's heading says quarter {found_quarter} of {found_year}, but quarter {quarter} of {year} is being imported; is it the right file?",
    },
    "import.summary": {
        "uk": "у формі впізнано рядків заходів: {matched}; не імпортовано: {problems}; зауважень: {notices}",
        "en": "measure rows recognised in the form: {matched}; not imported: {problems}; notices: {notices}",
    },
    "import.not-written": {
        "uk": "звіт не записано, бо частину форми не імпортовано (див. вище); виправте форму або додайте --partial (make import ... PARTIAL=1), щоб записати лише впізнане",
        "en": "the report was not written because part of the form was not imported (see above); fix the form or add --partial (make import ... PARTIAL=1) to write only what was recognised",
    },
    "import.written": {
        "uk": "записано {path}: станів виконання — {statuses}",
        "en": "wrote {path}: {statuses} statuses",
    },
    # Diffs and history: zvit diff, zvit history, zvit textconv, zvit review (issue 4)
    "diff.header": {"uk": "{unit}: {old} → {new}", "en": "{unit}: {old} → {new}"},
    "diff.work-tree": {"uk": "робоча копія", "en": "work tree"},
    "diff.submitted": {"uk": "подано: {tag}", "en": "submitted: {tag}"},
    "diff.no-state": {"uk": "не вказано", "en": "none"},
    "diff.state": {"uk": "стан: {old} → {new}", "en": "state: {old} → {new}"},
    "diff.no-changes": {
        "uk": "змін у станах виконання немає (без змін: {unchanged})",
        "en": "no changes in the statuses ({unchanged} unchanged)",
    },
    "diff.count.changed": {"uk": "змінено: {n}", "en": "changed: {n}"},
    "diff.count.filled": {"uk": "заповнено: {n}", "en": "filled: {n}"},
    "diff.count.carried-over": {
        "uk": "перенесено з попереднього кварталу й не оновлено: {n}",
        "en": "carried over from the previous quarter, not updated: {n}",
    },
    "diff.count.emptied": {"uk": "очищено: {n}", "en": "emptied: {n}"},
    "diff.count.added": {"uk": "додано до програми: {n}", "en": "added to the programme: {n}"},
    "diff.count.removed": {"uk": "вилучено з програми: {n}", "en": "removed from the programme: {n}"},
    "diff.count.unchanged": {"uk": "без змін: {n}", "en": "unchanged: {n}"},
    "diff.kind.changed": {"uk": "змінено", "en": "changed"},
    "diff.kind.filled": {"uk": "заповнено", "en": "filled"},
    "diff.kind.carried-over": {
        "uk": "перенесено з попереднього кварталу й не оновлено",
        "en": "carried over from the previous quarter, not updated",
    },
    "diff.carried-over-mark": {
        "uk": "перенесено з попереднього кварталу (carried_over)",
        "en": "carried over from the previous quarter (carried_over)",
    },
    "diff.kind.emptied": {"uk": "очищено", "en": "emptied"},
    "diff.kind.added": {"uk": "додано до програми", "en": "added to the programme"},
    "diff.kind.removed": {"uk": "вилучено з програми", "en": "removed from the programme"},
    "diff.kind.unchanged": {"uk": "без змін", "en": "unchanged"},
    "diff.need-periods": {
        "uk": "вкажіть два квартали (--from 2 --to 3) або квартал і ревізію (--quarter 3 --from-rev jkg/2019-q3)",
        "en": "give two quarters (--from 2 --to 3) or a quarter and a revision (--quarter 3 --from-rev jkg/2019-q3)",
    },
    "diff.bad-measure": {
        "uk": "«{measure}» не схоже на номер заходу; пишіть латиницею, наприклад I.14 або II.3",
        "en": "'{measure}' does not look like a measure id; write it in Latin letters, e.g. I.14 or II.3",
    },
    "history.header": {"uk": "Історія {path}: комітів — {n}", "en": "History of {path}: {n} commits"},
    "history.measure-header": {
        "uk": "Історія заходу {measure} у {path}: комітів — {n}",
        "en": "History of measure {measure} in {path}: {n} commits",
    },
    "history.unknown-measure": {
        "uk": "заходу {measure} у програмі «{programme}» немає; схожі номери: {near}",
        "en": "programme '{programme}' has no measure {measure}; similar numbers: {near}",
    },
    "history.measure-never-filled": {
        "uk": "Захід {measure} у цьому звіті не заповнювався жодного разу.",
        "en": "Measure {measure} was never filled in this report.",
    },
    "history.measure-unchanged": {
        "uk": "Текст заходу {measure} не змінювався з першої версії ({commit}, {date}, {author}).",
        "en": "The text of measure {measure} has not changed since the first version ({commit}, {date}, {author}).",
    },
    "history.path": {"uk": "файл тоді мав шлях {path}", "en": "the file was then {path}"},
    "history.shallow": {
        "uk": "увага: це неповна копія репозиторію (git clone --depth), історію обрізано: найстаріший показаний "
        "коміт може бути не першою версією звіту; уся історія: git fetch --unshallow --tags",
        "en": "note: this is a shallow clone (git clone --depth) and the history is cut: the oldest commit shown "
        "may not be the report's first version; the whole history: git fetch --unshallow --tags",
    },
    "history.created": {"uk": "звіт створено; заповнено заходів: {n}", "en": "report created; {n} measures filled"},
    "history.deleted": {"uk": "звіт видалено", "en": "report deleted"},
    "history.unreadable": {
        "uk": "цю версію не вдалося прочитати як YAML; наступну зміну показано від останньої прочитаної версії",
        "en": "this version could not be read as YAML; the next change is shown against the last readable one",
    },
    "history.no-measure-changes": {
        "uk": "стани виконання заходів не змінено (змінено інші поля або оформлення файлу)",
        "en": "no status changed (other fields or the file's layout changed)",
    },
    "review.none": {
        "uk": "Цей запит не змінює жодного звіту.",
        "en": "This request changes no report.",
    },
    "review.deleted": {"uk": "Звіт {path} видалено.", "en": "Report {path} is deleted."},
    "review.files": {
        "uk": "Форми і форми з виправленнями (DOCX) — в артефактах цього запуску.",
        "en": "The forms and the forms with tracked changes (DOCX) are in this run's artifacts.",
    },
    "setup.include-removed": {
        "uk": "прибрано include.path=../.gitconfig-zvit: git більше не читає налаштувань із файлу робочої теки",
        "en": "removed include.path=../.gitconfig-zvit: git no longer reads settings from a work-tree file",
    },
    "setup.done": {
        "uk": "Готово: git diff показує зміни звітів по заходах, а форм DOCX — їхнім текстом (див. docs/git-integration.md).",
        "en": "Done: git diff shows report changes by measure and DOCX forms as their text (see docs/git-integration.md).",
    },
    # Reporter words
    "severity.error": {"uk": "помилка", "en": "error"},
    "severity.warning": {"uk": "попередження", "en": "warning"},
    "summary.clean": {
        "uk": "перевірено файлів: {files}; помилок немає",
        "en": "{files} files checked; no errors",
    },
    "summary.counts": {
        "uk": "перевірено файлів: {files}; помилок: {errors}, попереджень: {warnings}",
        "en": "{files} files checked; {errors} errors, {warnings} warnings",
    },
}


class Words(tuple[str, ...]):
    """An argument made of message codes ("type.string"), worded in the reader's language."""


_UNSEEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: str) -> str:
    """`value` with control characters written out ("\\x1b"): a commit message or a name from
    git may hold one, and a terminal would obey it, hiding or rewriting what it shows."""
    return _UNSEEN.sub(lambda found: f"\\x{ord(found.group()):02x}", value)


def text(code: str, lang: str = "uk", args: Mapping[str, object] | None = None) -> str:
    """The message for `code` in `lang`, with `args` filled in (control characters in them shown).

    An unknown code is shown as itself rather than raising: a missing
    translation must never hide the finding it belongs to.
    """
    entry = MESSAGES.get(code)
    if entry is None:
        return code
    template = entry.get(lang) or entry["uk"]
    values = {
        name: text("word.or", lang).join(text(word, lang) for word in value)
        if isinstance(value, Words)
        else visible(value)
        if isinstance(value, str)
        else value
        for name, value in (args or {}).items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
