"""Every sentence zvit says to a person, in Ukrainian and English.

Checks and commands refer to a message by its code and pass arguments; only
reporters and the CLI call `text()`.  `tests/test_messages.py` keeps the two
languages in step.
"""

from __future__ import annotations

import errno
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
    # Why the system refused a file (errno), in the reader's words rather than the system's English.
    "os.enoent": {"uk": "такого файлу чи теки немає", "en": "no such file or directory"},
    "os.eacces": {"uk": "немає дозволу", "en": "permission denied"},
    "os.eperm": {"uk": "дію не дозволено", "en": "operation not permitted"},
    "os.eisdir": {"uk": "це тека, а не файл", "en": "it is a folder, not a file"},
    "os.enotdir": {"uk": "частина шляху — не тека", "en": "a part of the path is not a folder"},
    "os.enospc": {"uk": "на диску не лишилося місця", "en": "no space left on the disk"},
    "os.erofs": {"uk": "диск доступний лише для читання", "en": "the disk is read-only"},
    "os.eio": {"uk": "помилка читання чи запису диска", "en": "a disk input/output error"},
    "os.eloop": {"uk": "посилання вказують одне на одне по колу", "en": "links point at each other in a loop"},
    "os.enametoolong": {"uk": "задовга назва файлу", "en": "the file name is too long"},
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
    # libyaml's problem sentences (scanner.c, parser.c, reader.c): "en" is libyaml's text exactly,
    # so a syntax error finds its words by it; "yaml.problem.other" stands in for any it does not know.
    "yaml.problem.block-sequence-not-allowed": {
        "uk": "тут не може починатися список «- »: перевірте відступ рядка",
        "en": "block sequence entries are not allowed in this context",
    },
    "yaml.problem.expected-colon": {
        "uk": "не знайдено очікуваної двокрапки «:» після ключа",
        "en": "could not find expected ':'",
    },
    "yaml.problem.expected-directive-name": {
        "uk": "після «%» не знайдено назви директиви",
        "en": "could not find expected directive name",
    },
    "yaml.problem.expected-exclamation": {
        "uk": "не знайдено очікуваного «!» у тегу",
        "en": "did not find expected '!'",
    },
    "yaml.problem.expected-comment-or-line-break": {
        "uk": "після значення очікувався коментар «#» або кінець рядка",
        "en": "did not find expected comment or line break",
    },
    "yaml.problem.expected-digit-or-dot": {
        "uk": "у номері версії YAML очікувалась цифра або «.»",
        "en": "did not find expected digit or '.' character",
    },
    "yaml.problem.expected-hex": {
        "uk": "після «\\x», «\\u» чи «\\U» у лапках мають бути шістнадцяткові цифри",
        "en": "did not find expected hexdecimal number",
    },
    "yaml.problem.expected-version": {
        "uk": "не знайдено номера версії YAML",
        "en": "did not find expected version number",
    },
    "yaml.problem.expected-whitespace": {
        "uk": "очікувався пробіл",
        "en": "did not find expected whitespace",
    },
    "yaml.problem.expected-whitespace-or-line-break": {
        "uk": "очікувався пробіл або кінець рядка",
        "en": "did not find expected whitespace or line break",
    },
    "yaml.problem.expected-closing-angle": {
        "uk": "не знайдено закривної «>» у тегу",
        "en": "did not find the expected '>'",
    },
    "yaml.problem.tab-violates-indentation": {
        "uk": "символ табуляції порушує відступи; робіть відступи лише пробілами",
        "en": "found a tab character that violates indentation",
    },
    "yaml.problem.tab-instead-of-space": {
        "uk": "символ табуляції там, де має бути пробіл відступу; робіть відступи лише пробілами",
        "en": "found a tab character where an indentation space is expected",
    },
    "yaml.problem.indentation-indicator-zero": {
        "uk": "вказівник відступу блоку не може бути 0",
        "en": "found an indentation indicator equal to 0",
    },
    "yaml.problem.cannot-start-token": {
        "uk": "з цього символу не може починатися значення (часто — табуляція або «@», «`» на початку тексту); візьміть текст у лапки",
        "en": "found character that cannot start any token",
    },
    "yaml.problem.long-version": {
        "uk": "задовгий номер версії YAML",
        "en": "found extremely long version number",
    },
    "yaml.problem.bad-unicode-escape": {
        "uk": "неправильний код символу Unicode після «\\u» чи «\\U» у лапках",
        "en": "found invalid Unicode character escape code",
    },
    "yaml.problem.unexpected-colon": {
        "uk": "неочікувана двокрапка «:»; візьміть текст у лапки",
        "en": "found unexpected ':'",
    },
    "yaml.problem.unexpected-document-indicator": {
        "uk": "рядок «---» чи «...» усередині тексту в лапках; візьміть такий рядок в інші лапки або приберіть його",
        "en": "found unexpected document indicator",
    },
    "yaml.problem.unexpected-end": {
        "uk": "файл закінчився раніше, ніж закрито лапки чи дужки",
        "en": "found unexpected end of stream",
    },
    "yaml.problem.unexpected-non-alphabetical": {
        "uk": "неочікуваний символ: у назві директиви мають бути лише літери й цифри",
        "en": "found unexpected non-alphabetical character",
    },
    "yaml.problem.unknown-directive": {
        "uk": "невідома директива після «%»",
        "en": "found unknown directive name",
    },
    "yaml.problem.unknown-escape": {
        "uk": "невідома послідовність після «\\» у подвійних лапках; напишіть «\\\\» або візьміть текст в одинарні лапки",
        "en": "found unknown escape character",
    },
    "yaml.problem.mapping-keys-not-allowed": {
        "uk": "тут не може бути ключа «?»; перевірте відступ рядка",
        "en": "mapping keys are not allowed in this context",
    },
    "yaml.problem.mapping-values-not-allowed": {
        "uk": "двокрапка з пробілом тут не дозволена; візьміть текст у лапки",
        "en": "mapping values are not allowed in this context",
    },
    "yaml.problem.expected-alphanumeric": {
        "uk": "після «&» чи «*» має бути назва мітки з латинських літер і цифр",
        "en": "did not find expected alphabetic or numeric character",
    },
    "yaml.problem.expected-tag-uri": {
        "uk": "не знайдено адреси тегу",
        "en": "did not find expected tag URI",
    },
    "yaml.problem.expected-uri-escape": {
        "uk": "після «%» у тегу мають бути дві шістнадцяткові цифри",
        "en": "did not find URI escaped octet",
    },
    "yaml.problem.bad-leading-utf8": {
        "uk": "у тегу неправильний байт UTF-8",
        "en": "found an incorrect leading UTF-8 octet",
    },
    "yaml.problem.bad-trailing-utf8": {
        "uk": "у тегу неправильний байт UTF-8",
        "en": "found an incorrect trailing UTF-8 octet",
    },
    "yaml.problem.expected-comma-or-bracket": {
        "uk": "у списку в квадратних дужках очікувалась «,» або «]»",
        "en": "did not find expected ',' or ']'",
    },
    "yaml.problem.expected-comma-or-brace": {
        "uk": "у словнику у фігурних дужках очікувалась «,» або «}}»",
        "en": "did not find expected ',' or '}}'",
    },
    "yaml.problem.expected-dash": {
        "uk": "очікувався елемент списку «- » з тим самим відступом, що й попередні",
        "en": "did not find expected '-' indicator",
    },
    "yaml.problem.expected-document-start": {
        "uk": "очікувався початок документа «---»",
        "en": "did not find expected <document start>",
    },
    "yaml.problem.expected-stream-start": {
        "uk": "очікувався початок файлу",
        "en": "did not find expected <stream-start>",
    },
    "yaml.problem.expected-key": {
        "uk": "очікувався ключ з тим самим відступом, що й ключі над ним",
        "en": "did not find expected key",
    },
    "yaml.problem.duplicate-tag-directive": {
        "uk": "директива %TAG повторюється",
        "en": "found duplicate %TAG directive",
    },
    "yaml.problem.duplicate-yaml-directive": {
        "uk": "директива %YAML повторюється",
        "en": "found duplicate %YAML directive",
    },
    "yaml.problem.incompatible-document": {
        "uk": "документ іншої версії YAML, ніж 1.x",
        "en": "found incompatible YAML document",
    },
    "yaml.problem.undefined-tag-handle": {
        "uk": "тег з неоголошеним префіксом",
        "en": "found undefined tag handle",
    },
    "yaml.problem.expected-node-content": {
        "uk": "очікувалося значення (текст, список чи словник)",
        "en": "did not find expected node content",
    },
    "yaml.problem.nesting-limit": {
        "uk": "вкладеність глибша, ніж дозволяє читач YAML",
        "en": "Maximum nesting level reached, set with yaml_set_max_nest_level())",
    },
    "yaml.problem.control-characters": {
        "uk": "керівні символи не дозволені",
        "en": "control characters are not allowed",
    },
    "yaml.problem.invalid-leading-utf8": {
        "uk": "неправильний байт UTF-8",
        "en": "invalid leading UTF-8 octet",
    },
    "yaml.problem.invalid-trailing-utf8": {
        "uk": "неправильний байт UTF-8",
        "en": "invalid trailing UTF-8 octet",
    },
    "yaml.problem.invalid-utf8-length": {
        "uk": "неправильна довжина послідовності UTF-8",
        "en": "invalid length of a UTF-8 sequence",
    },
    "yaml.problem.incomplete-utf8": {
        "uk": "неповна послідовність UTF-8",
        "en": "incomplete UTF-8 octet sequence",
    },
    "yaml.problem.invalid-unicode": {
        "uk": "недопустимий символ Unicode",
        "en": "invalid Unicode character",
    },
    "yaml.problem.too-long": {
        "uk": "файл задовгий для читача YAML",
        "en": "input is too long",
    },
    "yaml.problem.input-error": {
        "uk": "файл не вдалося прочитати",
        "en": "input error",
    },
    "yaml.problem.incomplete-utf16": {
        "uk": "неповний символ UTF-16",
        "en": "incomplete UTF-16 character",
    },
    "yaml.problem.incomplete-utf16-pair": {
        "uk": "неповна сурогатна пара UTF-16",
        "en": "incomplete UTF-16 surrogate pair",
    },
    "yaml.problem.expected-low-surrogate": {
        "uk": "у UTF-16 очікувалась друга половина сурогатної пари",
        "en": "expected low surrogate area",
    },
    "yaml.problem.unexpected-low-surrogate": {
        "uk": "у UTF-16 неочікувана друга половина сурогатної пари",
        "en": "unexpected low surrogate area",
    },
    "yaml.problem.other": {
        "uk": "YAML не вдалося прочитати в цьому місці",
        "en": "the YAML cannot be read at this place",
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
    "schema.format.date": {
        "uk": "дати «{value}» немає в календарі",
        "en": "the date '{value}' does not exist in the calendar",
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
    # The same rules as the editor words them (errorMessage in the generated schemas): the
    # editor cannot fill in the value it underlines, so these name only what the schema knows.
    "editor.type": {
        "uk": "тут має бути {expected}",
        "en": "expected {expected}",
    },
    "editor.enum": {
        "uk": "значення не з переліку: {allowed}",
        "en": "the value is not one of: {allowed}",
    },
    "editor.range": {
        "uk": "значення має бути від {minimum} до {maximum}",
        "en": "the value must be from {minimum} to {maximum}",
    },
    "editor.additional-property": {
        "uk": "невідоме поле; дозволено: {allowed}",
        "en": "unknown field; allowed: {allowed}",
    },
    "editor.pattern": {
        "uk": "значення має неправильний вигляд (очікується шаблон {pattern})",
        "en": "the value has the wrong form (expected pattern {pattern})",
    },
    "editor.pattern.unit-id": {
        "uk": "ідентифікатор має складатися з малих латинських літер, цифр і дефісів (наприклад, jkg)",
        "en": "an id must consist of lowercase Latin letters, digits and hyphens (e.g. jkg)",
    },
    "editor.pattern.measure-id": {
        "uk": "номер заходу складається з латинських літер і цифр, частини — через крапку, наприклад I.14, 1.1.1 або 2.3.a",
        "en": "a measure id is made of Latin letters and digits, parts separated by dots, e.g. I.14, 1.1.1 or 2.3.a",
    },
    "editor.pattern.section-id": {
        "uk": "номер розділу складається з латинських літер і цифр, частини — через крапку: I, II, 1, 2.1",
        "en": "a section id is made of Latin letters and digits, parts separated by dots: I, II, 1, 2.1",
    },
    "editor.pattern.period": {
        "uk": "період запишіть як 2019-q3 (квартал), 2022-h1 (півріччя) або 2022 (рік)",
        "en": "write the period as 2019-q3 (quarter), 2022-h1 (half-year) or 2022 (year)",
    },
    "editor.pattern.date": {
        "uk": 'дату запишіть як РРРР-ММ-ДД у лапках, наприклад "2019-10-04"',
        "en": 'write the date as YYYY-MM-DD in quotes, e.g. "2019-10-04"',
    },
    "editor.unknown-measure": {
        "uk": "заходу з таким номером немає в програмі «{programme}»",
        "en": "there is no measure with this id in programme '{programme}'",
    },
    "editor.lookalike": {
        "uk": "номер містить кириличні літери, схожі на латинські; ідентифікатори пишуться латиницею: «{fixed}»",
        "en": "the id contains Cyrillic letters that look like Latin ones; ids are written in Latin letters: '{fixed}'",
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
    # argparse's own sentences: "en" is argparse's text exactly (its gettext message id), so the
    # CLI finds each one's Ukrainian by it; a format keeps argparse's %-placeholders.
    "argparse.usage": {"uk": "використання: ", "en": "usage: "},
    "argparse.positionals": {"uk": "позиційні аргументи", "en": "positional arguments"},
    "argparse.options": {"uk": "параметри", "en": "options"},
    "argparse.help": {"uk": "показати цю довідку й вийти", "en": "show this help message and exit"},
    "argparse.version": {"uk": "показати версію програми й вийти", "en": "show program's version number and exit"},
    "argparse.error": {"uk": "%(prog)s: помилка: %(message)s\n", "en": "%(prog)s: error: %(message)s\n"},
    "argparse.argument": {
        "uk": "аргумент %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "argparse.invalid-choice": {
        "uk": "недозволене значення %(value)r (можна: %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "argparse.invalid-value": {
        "uk": "неправильне значення %(value)r (очікується %(type)s)",
        "en": "invalid %(type)s value: %(value)r",
    },
    "argparse.required": {
        "uk": "бракує обов’язкових аргументів: %s",
        "en": "the following arguments are required: %s",
    },
    "argparse.one-required": {
        "uk": "потрібен один з аргументів %s",
        "en": "one of the arguments %s is required",
    },
    "argparse.unrecognized": {"uk": "невідомі аргументи: %s", "en": "unrecognized arguments: %s"},
    "argparse.not-allowed-with": {"uk": "не можна разом з аргументом %s", "en": "not allowed with argument %s"},
    "argparse.ignored-explicit": {"uk": "зайве значення %r", "en": "ignored explicit argument %r"},
    "argparse.expected-one": {"uk": "потрібне значення", "en": "expected one argument"},
    "argparse.expected-at-most-one": {"uk": "можна щонайбільше одне значення", "en": "expected at most one argument"},
    "argparse.expected-at-least-one": {
        "uk": "потрібне принаймні одне значення",
        "en": "expected at least one argument",
    },
    "argparse.expected-n": {"uk": "потрібно значень: %s", "en": "expected %s argument"},
    "argparse.expected-n-plural": {"uk": "потрібно значень: %s", "en": "expected %s arguments"},
    "argparse.ambiguous": {
        "uk": "неоднозначний параметр %(option)s: підходять %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "argparse.unexpected-option": {"uk": "неочікуваний параметр: %s", "en": "unexpected option string: %s"},
    "argparse.cannot-open": {
        "uk": "не вдалося відкрити «%(filename)s»: %(error)s",
        "en": "can't open '%(filename)s': %(error)s",
    },
    "argparse.unknown-parser": {
        "uk": "невідома команда %(parser_name)r (є: %(choices)s)",
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)",
    },
    # What an option's value is called in `--help`; "en" is argparse's own default (the name in capitals).
    "cli.metavar.base": {"uk": "РЕВІЗІЯ", "en": "BASE"},
    "cli.metavar.branch": {"uk": "ГІЛКА", "en": "BRANCH"},
    "cli.metavar.from-rev": {"uk": "РЕВІЗІЯ", "en": "FROM_REV"},
    "cli.metavar.to-rev": {"uk": "РЕВІЗІЯ", "en": "TO_REV"},
    "cli.metavar.head": {"uk": "РЕВІЗІЯ", "en": "HEAD"},
    "cli.metavar.rev": {"uk": "РЕВІЗІЯ", "en": "REV"},
    "cli.metavar.measure": {"uk": "ЗАХІД", "en": "MEASURE"},
    "cli.metavar.message": {"uk": "ПОВІДОМЛЕННЯ", "en": "MESSAGE"},
    "cli.metavar.out": {"uk": "ФАЙЛ", "en": "OUT"},
    "cli.metavar.out-dir": {"uk": "ТЕКА", "en": "OUT_DIR"},
    "cli.metavar.quarter": {"uk": "КВАРТАЛ", "en": "QUARTER"},
    "cli.metavar.root": {"uk": "ТЕКА", "en": "ROOT"},
    "cli.metavar.unit": {"uk": "ПІДРОЗДІЛ", "en": "UNIT"},
    "cli.metavar.year": {"uk": "РІК", "en": "YEAR"},
    "cli.metavar.period": {"uk": "ПЕРІОД", "en": "PERIOD"},
    # The commands' own help (`zvit --help`, `zvit COMMAND --help`): what each command, option and value is.
    "cli.about.zvit": {
        "uk": "Квартальні звіти про виконання антикорупційної програми: перевірка, форма DOCX, історія.",
        "en": "Quarterly reports on carrying out the anti-corruption programme: checks, the DOCX form, history.",
    },
    "cli.option.root": {
        "uk": "тека репозиторію звітності (типово: корінь поточного репозиторію git)",
        "en": "the reporting repository's folder (default: the top of the current git repository)",
    },
    "cli.option.lang": {"uk": "мова повідомлень (типово uk)", "en": "the language of messages (default uk)"},
    "cli.metavar.command": {"uk": "КОМАНДА", "en": "COMMAND"},
    "cli.option.unit": {"uk": "ідентифікатор підрозділу, наприклад jkg", "en": "the unit's id, for example jkg"},
    "cli.option.period": {
        "uk": "період звіту: 2019-q3, 2022-h1 (півріччя) або 2022 (рік)",
        "en": "the report's period: 2019-q3, 2022-h1 (half-year) or 2022 (year)",
    },
    "cli.option.period-compared": {
        "uk": "період звіту, який порівнюємо між ревізіями: 2019-q3, 2022-h1 (півріччя) або 2022 (рік)",
        "en": "the period of the report compared between revisions: 2019-q3, 2022-h1 (half-year) or 2022 (year)",
    },
    "cli.option.quarter": {
        "uk": "квартал, 1–4 (разом з --year або роком програми)",
        "en": "the quarter, 1–4 (with --year or the programme's year)",
    },
    "cli.option.year": {
        "uk": "рік (типово: рік програми, якщо програма на один рік)",
        "en": "the year (default: the programme's year, if the programme is for one year)",
    },
    "cli.help.audit": {
        "uk": "аудит подання звітів за рік (текст, JSON або DOCX)",
        "en": "audit of report submissions for a year (text, JSON or DOCX)",
    },
    "cli.about.audit": {
        "uk": "Для кожного підрозділу й кварталу: чи подано звіт, коли і ким, чи підписані й чи перевіряються тег і коміт, зміни після подання з причинами, ознаки переписаної історії.",
        "en": "For each unit and quarter: whether the report was submitted, when and by whom, whether the tag and the commit are signed and verified, changes after submission with their reasons, signs of rewritten history.",
    },
    "cli.option.audit.year": {
        "uk": "рік (типово: рік програми; для програми на кілька років — увесь строк)",
        "en": "the year (default: the programme's year; for a programme of several years, its whole term)",
    },
    "cli.option.audit.as-of": {
        "uk": "дата, станом на яку рахувати строки подання, РРРР-ММ-ДД (типово: сьогодні)",
        "en": "the date as of which deadlines are counted, YYYY-MM-DD (default: today)",
    },
    "cli.option.audit.branch": {
        "uk": "гілка, історію якої перевіряти (типово main, а в клоні без неї — origin/main)",
        "en": "the branch whose history is checked (default main, or origin/main in a clone without it)",
    },
    "cli.option.format": {"uk": "вигляд результату", "en": "the form of the result"},
    "cli.option.audit.out": {
        "uk": "куди записати (типово: text і json — на екран, docx — build/audit-<рік>.docx)",
        "en": "where to write (default: text and json to the screen, docx to build/audit-<year>.docx)",
    },
    "cli.option.audit.check": {
        "uk": "завершитися з кодом 1, якщо є ознаки підробки або зміни без запису в amendments",
        "en": "exit with code 1 if there are signs of forgery or changes not recorded in amendments",
    },
    "cli.help.codeowners": {
        "uk": "згенерувати CODEOWNERS (хто затверджує зміни) з programme.yaml",
        "en": "generate CODEOWNERS (who approves changes) from programme.yaml",
    },
    "cli.about.codeowners": {
        "uk": "Записує .github/CODEOWNERS і .gitlab/CODEOWNERS: зміни у reports/<підрозділ>/ затверджують owners підрозділу, зміни програми, schema/ і CI — owners підрозділу-координатора (coordinator).",
        "en": "Writes .github/CODEOWNERS and .gitlab/CODEOWNERS: changes in reports/<unit>/ are approved by the unit's owners; changes of the programme, schema/ and CI by the owners of the coordinating unit (coordinator).",
    },
    "cli.option.check": {"uk": "лише перевірити, що файли актуальні", "en": "only check that the files are up to date"},
    "cli.help.consolidated": {
        "uk": "зведена інформація за квартал (DOCX)",
        "en": "consolidated information for a quarter (DOCX)",
    },
    "cli.about.consolidated": {
        "uk": "Створює зведену інформацію про виконання програми за квартал: таблиця програми зі станом виконання від усіх підрозділів.",
        "en": "Creates the consolidated information on carrying out the programme for a quarter: the programme's table with the progress reported by all units.",
    },
    "cli.option.consolidated.out": {
        "uk": "куди записати (типово build/consolidated-<рік>-q<квартал>.docx)",
        "en": "where to write (default build/consolidated-<year>-q<quarter>.docx)",
    },
    "cli.help.diff": {
        "uk": "зміни у звіті між кварталами або ревізіями, по заходах",
        "en": "changes in a report between quarters or revisions, measure by measure",
    },
    "cli.about.diff": {
        "uk": "Порівнює звіт підрозділу з попереднім кварталом або з іншою ревізією git: що змінено, заповнено, очищено — по заходах, до слова.",
        "en": "Compares a unit's report with the previous quarter or with another git revision: what was changed, filled in, cleared — measure by measure, word by word.",
    },
    "cli.option.diff.from": {
        "uk": "попередній період: квартал 1–4 або 2021-h2, 2021-q4",
        "en": "the earlier period: quarter 1–4 or 2021-h2, 2021-q4",
    },
    "cli.option.diff.to": {
        "uk": "новіший період: квартал 1–4 або 2022-h1",
        "en": "the later period: quarter 1–4 or 2022-h1",
    },
    "cli.option.diff.rev": {
        "uk": "з --from/--to: обидва звіти такими, якими вони були в цій ревізії",
        "en": "with --from/--to: both reports as they were in this revision",
    },
    "cli.option.diff.from-rev": {
        "uk": "давніша ревізія (коміт, гілка, тег jkg/2019-q3)",
        "en": "the older revision (a commit, a branch, a tag jkg/2019-q3)",
    },
    "cli.option.diff.to-rev": {
        "uk": "новіша ревізія (типово: робоча копія)",
        "en": "the newer revision (default: the working copy)",
    },
    "cli.option.diff.all": {"uk": "показати й заходи без змін", "en": "show the measures without changes too"},
    "cli.option.diff.out": {
        "uk": "з --format docx: куди записати (типово build/<звіт>-changes.docx)",
        "en": "with --format docx: where to write (default build/<report>-changes.docx)",
    },
    "cli.option.color": {"uk": "кольори (типово: лише в терміналі)", "en": "colours (default: only in a terminal)"},
    "cli.help.docx-form": {"uk": "створити форму звіту у форматі DOCX", "en": "create the report's form as DOCX"},
    "cli.about.docx-form": {
        "uk": "Створює офіційну форму звіту підрозділу за квартал (DOCX).",
        "en": "Creates the official form of a unit's report for a quarter (DOCX).",
    },
    "cli.option.docx.all": {
        "uk": "усі підрозділи, що мають звіт за період",
        "en": "all units that have a report for the period",
    },
    "cli.option.docx.rev": {
        "uk": "ревізія git (коміт, тег): форма такою, якою була тоді",
        "en": "a git revision (a commit, a tag): the form as it was then",
    },
    "cli.option.docx.out": {
        "uk": "куди записати (типово build/<підрозділ>-<рік>-q<квартал>.docx)",
        "en": "where to write (default build/<unit>-<year>-q<quarter>.docx)",
    },
    "cli.help.fmt": {
        "uk": "привести programme.yaml і звіти до канонічного вигляду",
        "en": "bring programme.yaml and the reports to their canonical layout",
    },
    "cli.about.fmt": {
        "uk": "Упорядковує ключі, відступи й лапки, не змінюючи даних і коментарів.",
        "en": "Orders keys, indentation and quotes without changing the data or the comments.",
    },
    "cli.metavar.file": {"uk": "ФАЙЛ", "en": "FILE"},
    "cli.option.fmt.paths": {
        "uk": "файли (типово: programme.yaml і всі звіти)",
        "en": "files (default: programme.yaml and all reports)",
    },
    "cli.option.fmt.check": {
        "uk": "нічого не змінювати: перелічити файли, що потребують форматування (код 1)",
        "en": "change nothing: list the files that need formatting (code 1)",
    },
    "cli.help.history": {
        "uk": "історія звіту або заходу: хто, коли, що змінив",
        "en": "history of a report or a measure: who changed what, and when",
    },
    "cli.about.history": {
        "uk": "Кожен коміт, що змінив звіт (або стан одного заходу), від найновішого: коміт, автор, дата, опис і зміна до слова.",
        "en": "Every commit that changed the report (or the state of one measure), newest first: commit, author, date, description and the change word by word.",
    },
    "cli.option.history.measure": {"uk": "лише цей захід, наприклад I.14", "en": "only this measure, for example I.14"},
    "cli.option.history.rev": {
        "uk": "історія до цієї ревізії (типово HEAD)",
        "en": "history up to this revision (default HEAD)",
    },
    "cli.help.import": {
        "uk": "імпортувати заповнену форму Word у звіт YAML",
        "en": "import a filled-in Word form into a YAML report",
    },
    "cli.about.import": {
        "uk": "Читає заповнену форму звіту (DOCX) і записує reports/<підрозділ>/<рік>-q<квартал>.yaml; усе, що не вдалося впізнати, перелічує.",
        "en": "Reads a filled-in report form (DOCX) and writes reports/<unit>/<year>-q<quarter>.yaml; lists everything it could not recognise.",
    },
    "cli.metavar.docx-file": {"uk": "ФАЙЛ.docx", "en": "FILE.docx"},
    "cli.option.import.file": {"uk": "заповнена форма Word", "en": "the filled-in Word form"},
    "cli.option.import.force": {"uk": "замінити наявний звіт", "en": "replace the existing report"},
    "cli.option.import.partial": {
        "uk": "записати впізнане, навіть якщо частину форми не імпортовано (код виходу однаково 1)",
        "en": "write what was recognised even if part of the form was not imported (the exit code is 1 all the same)",
    },
    "cli.help.init": {
        "uk": "почати програму іншого органу: заготовка programme.yaml, перший звіт, схеми",
        "en": "start another body's programme: a programme.yaml template, the first report, schemas",
    },
    "cli.about.init": {
        "uk": "Створює заготовку програми (таблиця заходів або реєстр ризиків), перший звіт і схеми для редакторів. Тексти в «<…>» замініть текстами вашої програми.",
        "en": 'Creates a programme template (a table of measures or a risk register), the first report and the schemas for editors. Replace the texts in "<…>" with the texts of your programme.',
    },
    "cli.option.init.dir": {
        "uk": "тека нового репозиторію звітності (типово: корінь поточного)",
        "en": "the folder of the new reporting repository (default: the top of the current one)",
    },
    "cli.option.init.kind": {"uk": "вид програми (типово measures)", "en": "the kind of programme (default measures)"},
    "cli.option.init.id": {
        "uk": "ідентифікатор програми (типово programme-<роки>)",
        "en": "the programme's id (default programme-<years>)",
    },
    "cli.option.init.from": {
        "uk": "перший день програми, РРРР-ММ-ДД (типово 1 січня цього року)",
        "en": "the programme's first day, YYYY-MM-DD (default 1 January of this year)",
    },
    "cli.option.init.to": {
        "uk": "останній день програми, РРРР-ММ-ДД (типово 31 грудня року початку)",
        "en": "the programme's last day, YYYY-MM-DD (default 31 December of the starting year)",
    },
    "cli.option.init.reporting": {"uk": "періодичність звітів", "en": "how often reports are due"},
    "cli.option.init.due-day": {
        "uk": "до якого числа наступного місяця подається звіт (наприклад, 5)",
        "en": "by which day of the following month the report is due (for example, 5)",
    },
    "cli.help.new": {"uk": "створити звіт підрозділу за квартал", "en": "create a unit's report for a quarter"},
    "cli.about.new": {
        "uk": "Створює reports/<підрозділ>/<рік>-q<квартал>.yaml з усіма заходами підрозділу; тексти попереднього кварталу переносить як чернетку.",
        "en": "Creates reports/<unit>/<year>-q<quarter>.yaml with all of the unit's measures; carries the previous quarter's texts over as a draft.",
    },
    "cli.help.review": {
        "uk": "зміни звітів у запиті на злиття: Markdown і форми DOCX (для CI)",
        "en": "report changes in a merge request: Markdown and DOCX forms (for CI)",
    },
    "cli.about.review": {
        "uk": "Для кожного звіту, зміненого гілкою від розгалуження з --base: зміни по заходах у Markdown, форма і форма з виправленнями (DOCX).",
        "en": "For each report the branch changed since it forked from --base: the changes measure by measure in Markdown, the form and the form with tracked changes (DOCX).",
    },
    "cli.option.review.base": {
        "uk": "цільова гілка запиту, наприклад origin/main",
        "en": "the request's target branch, for example origin/main",
    },
    "cli.option.review.head": {"uk": "ревізія запиту (типово HEAD)", "en": "the request's revision (default HEAD)"},
    "cli.option.review.out-dir": {
        "uk": "куди записати форми (типово build/review)",
        "en": "where to write the forms (default build/review)",
    },
    "cli.help.schema": {
        "uk": "згенерувати схеми для редакторів (schema/)",
        "en": "generate the schemas for editors (schema/)",
    },
    "cli.about.schema": {
        "uk": "Записує schema/programme.schema.json і schema/report.schema.json (з номерами й назвами заходів програми).",
        "en": "Writes schema/programme.schema.json and schema/report.schema.json (with the numbers and titles of the programme's measures).",
    },
    "cli.help.setup": {
        "uk": "налаштувати git diff для звітів і форм DOCX (make setup)",
        "en": "set up git diff for reports and DOCX forms (make setup)",
    },
    "cli.option.setup-check": {
        "uk": "лише перевірити, що ця тека — власний репозиторій git (не тека всередині іншого)",
        "en": "only check that this folder is a git repository of its own (not a folder inside another)",
    },
    "cli.about.setup": {
        "uk": "Записує в .git/config драйвери порівняння звітів і форм DOCX зі сталого переліку; файлів із робочої теки git не підключає.",
        "en": "Writes into .git/config the diff drivers for reports and DOCX forms from a fixed list; includes no files from git's working folder.",
    },
    "cli.help.status": {
        "uk": "хто що подав за квартал (таблиця, JSON або сторінка HTML)",
        "en": "who submitted what for a quarter (a table, JSON or an HTML page)",
    },
    "cli.about.status": {
        "uk": "Показує, які підрозділи подали звіт за квартал, що заповнено, а які заходи прострочені.",
        "en": "Shows which units submitted a report for the quarter, what is filled in, and which measures are overdue.",
    },
    "cli.option.status.out": {
        "uk": "куди записати (типово: text і json — на екран, html — build/status-<рік>-q<квартал>.html)",
        "en": "where to write (default: text and json to the screen, html to build/status-<year>-q<quarter>.html)",
    },
    "cli.help.submit": {
        "uk": "позначити звіт поданим (тег git, підписаний, якщо є ключ)",
        "en": "mark a report as submitted (a git tag, signed if there is a key)",
    },
    "cli.about.submit": {
        "uk": "Створює анотований тег <підрозділ>/<рік>-q<квартал> на останньому коміті: запис про те, яку саме версію звіту подано, ким і коли.",
        "en": "Creates an annotated tag <unit>/<year>-q<quarter> on the latest commit: a record of exactly which version of the report was submitted, by whom and when.",
    },
    "cli.option.submit.message": {
        "uk": "примітка до подання (потрапить у повідомлення тегу)",
        "en": "a note on the submission (goes into the tag's message)",
    },
    "cli.help.textconv": {
        "uk": "звіт або форму як текст для git diff (див. make setup)",
        "en": "a report or a form as text for git diff (see make setup)",
    },
    "cli.about.textconv": {
        "uk": "Друкує звіт рядками з номерами заходів, а форму DOCX — її текстом; так git diff і git log -p показують зміни словами.",
        "en": "Prints a report as lines with the measures' numbers, and a DOCX form as its text; so git diff and git log -p show changes in words.",
    },
    "cli.option.textconv.path": {
        "uk": "файл, який git передає для порівняння",
        "en": "the file git passes for comparison",
    },
    "cli.help.validate": {"uk": "перевірити програму і звіти", "en": "check the programme and the reports"},
    "cli.about.validate": {
        "uk": "Перевіряє programme.yaml і звіти: синтаксис, схему, посилання між файлами.",
        "en": "Checks programme.yaml and the reports: syntax, schema, references between files.",
    },
    "cli.option.validate.paths": {"uk": "файли для перевірки (типово: усі)", "en": "files to check (default: all)"},
    "cli.option.validate.strict": {"uk": "попередження теж вважати помилками", "en": "treat warnings as errors too"},
    "cli.option.validate.editions": {
        "uk": "також перевірити, що зміна назви чи вилучення заходу, за який звітували, має запис у editions (programme.yaml проти HEAD; так само, коли programme.yaml названо серед файлів)",
        "en": "also check that renaming or removing a measure that was reported on has an entry in editions (programme.yaml against HEAD; likewise when programme.yaml is among the files named)",
    },
    "cli.written": {
        "uk": "записано {path}",
        "en": "wrote {path}",
    },
    "git.failed": {
        "uk": "git завершився з помилкою; його повідомлення (англійською): {detail}",
        "en": "git failed: {detail}",
    },
    "git.not-installed": {
        "uk": "не вдалося запустити git: його не встановлено або його немає в PATH",
        "en": "cannot run git: it is not installed or not on PATH",
    },
    "git.dubious-ownership": {
        "uk": "git не працює з текою {root}, бо її власник — інший користувач; якщо тека ваша, виконайте: git config --global --add safe.directory {root}",
        "en": "git refuses {root} because another user owns it; if the folder is yours, run: git config --global --add safe.directory {root}",
    },
    "git.no-commits": {
        "uk": "у репозиторії {root} ще немає жодного коміту; спершу зробіть коміт (git add, git commit)",
        "en": "the repository {root} has no commits yet; commit first (git add, git commit)",
    },
    "git.no-identity": {
        "uk": 'git не знає, хто ви: виконайте git config user.name "Ім’я Прізвище" і git config user.email адреса@пошти',
        "en": 'git does not know who you are: run git config user.name "Your Name" and git config user.email you@example.org',
    },
    "git.sign-failed": {
        "uk": "git не зміг підписати (gpg): перевірте ключ підпису user.signingkey або приберіть його з налаштувань git",
        "en": "git could not sign (gpg): check the signing key user.signingkey or remove it from git's settings",
    },
    "git.locked": {
        "uk": "з репозиторієм {root} зараз працює інша команда git (файл .git/index.lock); зачекайте й повторіть або, якщо git ніде не запущено, видаліть цей файл",
        "en": "another git command is working in {root} (.git/index.lock); wait and retry or, if no git is running, delete that file",
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
    "overview.reported-list": {"uk": "Звіт є: {units}", "en": "Report present: {units}"},
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
    "audit.column-period": {"uk": "Період", "en": "Period"},
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
    "audit-doc.by-unit-period": {"uk": "Подання за підрозділами і періодами", "en": "Submissions by unit and period"},
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
    "audit-doc.column-what-period": {"uk": "Підрозділ, період", "en": "Unit, period"},
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
    "init.reversed-term": {
        "uk": "строк програми закінчується раніше, ніж починається: --from {start}, --to {end}",
        "en": "the programme's term ends before it begins: --from {start}, --to {end}",
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
    "init.next-step-elsewhere": {
        "uk": "замініть тексти в «<…>» текстами вашої програми, додайте підрозділи й заходи; make тут працює з даними "
        "цієї теки, тож для {dir} — з цієї теки: PYTHONPATH=tools .venv/bin/python -m zvit --root {dir} validate; "
        "форма першого звіту: PYTHONPATH=tools .venv/bin/python -m zvit --root {dir} docx --unit {unit} --period {period}",
        "en": "replace the texts in «<…>» with your programme's, add units and measures; make here works on this folder's "
        "data, so for {dir}, from this folder: PYTHONPATH=tools .venv/bin/python -m zvit --root {dir} validate; "
        "the first report's form: PYTHONPATH=tools .venv/bin/python -m zvit --root {dir} docx --unit {unit} --period {period}",
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
    "import.no-report-columns": {
        "uk": "у формі програми ({layout}) немає стовпців звіту — стану виконання, оцінки чи фактичного терміну, "
        "тож імпортувати з неї нічого",
        "en": "the programme's form ({layout}) has no report columns (status, state or actual date), so there is "
        "nothing to import from it",
    },
    "import.heading-mismatch-unit": {
        "uk": "у заголовку форми — «{found}», а імпортується звіт підрозділу {unit} «{name}»; перевірте, чи це той файл",
        "en": "the form's heading names '{found}', but the report of unit {unit} ('{name}') is being imported; "
        "is it the right file?",
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


def os_reason(exc: OSError) -> Words | str:
    """Why the system refused a file, as catalogue words where the errno has them (else the system's text)."""
    code = f"os.{errno.errorcode.get(exc.errno or 0, '').lower()}"
    return Words([code]) if code in MESSAGES else exc.strerror or str(exc)


_UNSEEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: str) -> str:
    """`value` with control characters written out ("\\x1b"): a commit message or a name from
    git may hold one, and a terminal would obey it, hiding or rewriting what it shows."""
    return _UNSEEN.sub(lambda found: f"\\x{ord(found.group()):02x}", value)


def foreign(prefix: str, lang: str) -> dict[str, str]:
    """Another program's English sentences (argparse's, libyaml's), each with the reader's words for it.

    The catalogue's "en" of a code under `prefix` is that program's sentence verbatim (braces doubled).
    """
    return {text(code, "en"): text(code, lang) for code in MESSAGES if code.startswith(prefix)}


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
