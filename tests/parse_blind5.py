"""A fifth blind hold-out of card texts -> expected contact fields, made with the Faker library.

Written by a helper that read neither the parser (ocr/) nor the earlier tables (only the header of
tests/parse_blind4.py, for the data format and conventions, and the public contract in CONTRACT.md). The
texts come from a throwaway generator (not in the repo) built on Faker 40.63.0 with seed 5150 and
phonenumbers 9.0.43, imitating a third party that prints Faker contacts onto cards:
- locales: en_US (64 cards, `US`), ja_JP (13 cards, `JP`, romanized names from `first_romanized_name` /
  `last_romanized_name`, companies made from Faker's ja_JP company category and legal form in English,
  romanized addresses from a short list of real districts), and `OTHER` (83 cards): en_GB, en_CA, en_AU,
  en_IN, de_DE, fr_FR, es_ES, it_IT, nl_NL, pt_BR, en_PH (en_SG does not exist in Faker 40; en_PH has no
  `phone_number`, its `mobile_number` / `landline_number` were used).
- fields straight from Faker: `name()` (with its honorifics and post-nominals: Mr., Mrs., Ms, Miss, Dr.,
  Frau, DDS, MD, B.Sc., B.A., Jr.), `job()` (kept as Faker prints it: "Engineer, petroleum", "Land",
  lower-case French jobs, long Spanish and Portuguese ones), `company()` (a one-word company gets a
  `company_suffix()` most of the time), `catch_phrase()` as a tagline on some cards, `address()` (printed on
  one or two lines; military addresses skipped; sometimes a country line added), `phone_number()`,
  `domain_name()`, `free_email_domain()`.
- phone numbers: Faker's, printed exactly as Faker formats them (`(591)341-7776x075`, `+44(0)115 4960914`,
  `+3163 5516338`, `0426.323.768`), kept only when `phonenumbers` calls them valid for the locale's country
  and a fixed line or mobile (`FIXED_LINE`, `MOBILE`, `FIXED_LINE_OR_MOBILE`); a number labelled mobile is
  never a fixed-line-only number, a work or fax number never a mobile-only one. Extensions (`x123`) are kept
  on the card; the expected number is the E.164 without them. Faker's en_GB mobiles are Ofcom's drama range
  (07700 900xxx), which phonenumbers calls invalid, so the GB cards carry no mobile. About 40% of the ja_JP
  numbers are reprinted in phonenumbers' international format (`+81 3-1234-5678`).
- emails mostly match the person and the company's domain (first.last@, f.last@, first@, firstl@,
  first_last@, last@), some are free-mail, about a quarter use a Faker `domain_name()` unrelated to the
  company name, some cards add info@ / office@ / sales@; company-only cards carry only such a role address.
  Websites use the email's domain, printed bare, with `www.`, with `http://` or `https://`, a trailing slash
  or a short path.
- layouts: name first or company first, company printed after the contact lines, title on its own line,
  after a comma or a pipe on the name's line, before the name, or shared with the company (`Title |
  Company`); no title; no company (freelancers); no person (company-only cards); ALL-CAPS names and
  companies; English phone labels (Tel:, Phone, Office, Direct, Direct line, Main, Ph:, Mobile, Cell, Mob.,
  T, M, F, T:, M., F., Fax) or the country's own (Tel., Telefon, Mobil, Handy, Tél. :, Portable, Móvil,
  Cell., Mob., Fone, Cel., TEL, FAX) or none; several phones on one line; Email:, E:, E-mail:, E-Mail:,
  Mail:, e: or no email label; Web:, W:, Website: or none.
Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164 to
kind; `websites` are in the API's normalised form ("https://host[/path]", `www.` kept as printed, no
trailing slash); `region` is the country of the numbers printed without a leading + (left out when every
number has one).

Conventions (as in tests/parse_blind4.py):
- `name` as printed, without honorifics (Mr., Mrs., Ms, Miss, Mx., Dr., Frau, Herr, Sr., Sra.) or
  post-nominals (DDS, MD, PhD, B.Sc., B.A.); ALL-CAPS names are stored title-cased; Jr./II/III are part of
  the name but not of the family name. `given_name` / `family_name` are checked only when the split is
  unambiguous: a compound first name (`Ana Cecília`) leaves `given_name` out, a double
  surname (`Bellido Tudela`, `Welf-van Duivenvoorde`) leaves `family_name` out; a particle stays with the
  family name (`du Raynaud`, `van der Maes-Aarden`, `da Cruz`). Japanese names: the word in capitals is the
  family name (`YAMADA Taro` -> name "Yamada Taro", given "Taro", family "Yamada"); `Taro Yamada` is
  given-family.
- an ALL-CAPS company is expected in Faker's own case (`PUGH LTD` -> "Pugh Ltd", `ESPINOZA LLC` -> "Espinoza
  LLC", `YOUNG-ROBERTS` -> "Young-Roberts").
- a company-only card expects name and title null; a card without a company line expects company null; a
  card without a title expects title null.
- phone kinds: Tel/Phone/Office/Direct/Main/T/unlabelled landline -> work; Mobile/Cell/Mob./M/Mobil/Handy/
  Portable/Móvil/Cell./Cel./Celular -> mobile; Fax/F -> fax; an unlabelled number in a mobile-only range (JP
  070/080/090, AU 04, IN, DE 01x, NL 06) -> mobile, an unlabelled US/CA number -> work.
- one card was changed by hand after the first run: `b5-enph-01-freelance` printed only two numbers without
  a country code (`02-3170-2324`) and no address, so nothing on it said Philippines; it got a Faker en_PH
  address (seed 5150) and a country line.
- taglines (Faker catch phrases) are neither title nor company; the address is compared loosely (same
  words).
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = [
    (
        "b5-enus-01-company-only",
        "Davidson and Sons\n"
        "Multi-lateral client-server ability\n"
        "631 Ashley Heights\n"
        "Port Desireefurt, NH 79450\n"
        "Office 7716707049\n"
        "Mobile (586)303-4597\n"
        "office@carroll-lawson.com\n"
        "https://www.carroll-lawson.com/team\n",
        {
            "name": None,
            "title": None,
            "company": "Davidson and Sons",
            "emails": ["office@carroll-lawson.com"],
            "phones": {"+17716707049": "work", "+15863034597": "mobile"},
            "websites": ["https://www.carroll-lawson.com/team"],
            "address": "631 Ashley Heights, Port Desireefurt, NH 79450",
            "region": "US",
        },
    ),
    (
        "b5-enus-02-company-first",
        "Banks, Thompson and Bryan\n"
        "John Cook DDS\n"
        "Pilot, airline\n"
        "E-mail: john@banks.biz\n"
        "Cell 6785656783\n"
        "Tel. 857-661-5595x758\n"
        "8921 Olsen Lights\n"
        "New Grace, WY 17428\n",
        {
            "name": "John Cook",
            "given_name": "John",
            "family_name": "Cook",
            "title": "Pilot, airline",
            "company": "Banks, Thompson and Bryan",
            "emails": ["john@banks.biz"],
            "phones": {"+16785656783": "mobile", "+18576615595": "work"},
            "address": "8921 Olsen Lights, New Grace, WY 17428",
            "region": "US",
        },
    ),
    (
        "b5-enus-03-company-first",
        "Fleming and Sons\n"
        "Kyle Boyd\n"
        "Meteorologist\n"
        "Direct 760.483.9169x710\n"
        "Mobile (585)614-2428\n"
        "Fax: 616.889.1660\n"
        "Mail: kyle_boyd@fleming.org\n"
        "fleming.org\n"
        "717 Sean Plains\n"
        "Fernandezfort, MN 27174\n",
        {
            "name": "Kyle Boyd",
            "given_name": "Kyle",
            "family_name": "Boyd",
            "title": "Meteorologist",
            "company": "Fleming and Sons",
            "emails": ["kyle_boyd@fleming.org"],
            "phones": {"+17604839169": "work", "+15856142428": "mobile", "+16168891660": "fax"},
            "websites": ["https://fleming.org"],
            "address": "717 Sean Plains, Fernandezfort, MN 27174",
            "region": "US",
        },
    ),
    (
        "b5-enus-04-classic",
        "JACQUELINE HALL\n"
        "Sport and exercise psychologist\n"
        "Spencer, Dickerson and Ward\n"
        "703-269-0211 • (918)669-9462x2388\n"
        "hall@spencer.com\n"
        "http://www.spencer.com/en/\n",
        {
            "name": "Jacqueline Hall",
            "given_name": "Jacqueline",
            "family_name": "Hall",
            "title": "Sport and exercise psychologist",
            "company": "Spencer, Dickerson and Ward",
            "emails": ["hall@spencer.com"],
            "phones": {"+17032690211": "work", "+19186699462": "work"},
            "websites": ["https://www.spencer.com/en"],
            "region": "US",
        },
    ),
    (
        "b5-enus-05-company-only",
        "Murphy-Shah\n"
        "M 472-409-7233 • T 406-830-0305\n"
        "Mail: contact@jones.net\n"
        "493 Rogers Shores Suite 814\n"
        "Robertstad, FL 77989\n",
        {
            "name": None,
            "title": None,
            "company": "Murphy-Shah",
            "emails": ["contact@jones.net"],
            "phones": {"+14724097233": "mobile", "+14068300305": "work"},
            "address": "493 Rogers Shores Suite 814, Robertstad, FL 77989",
            "region": "US",
        },
    ),
    (
        "b5-enus-06-title-pipe-company",
        "KENNETH ELLIS\n"
        "Metallurgist | Fernandez Ltd\n"
        "E-mail: kenneth@fernandez.com\n"
        "E-mail: contact@fernandez.com\n"
        "Website: https://www.fernandez.com\n"
        "Direct line: 659.520.0691x168\n"
        "Office: 626-603-4879x4498\n"
        "02517 Susan Shores Apt. 942\n"
        "Hinesstad, VA 15835\n",
        {
            "name": "Kenneth Ellis",
            "given_name": "Kenneth",
            "family_name": "Ellis",
            "title": "Metallurgist",
            "company": "Fernandez Ltd",
            "emails": ["kenneth@fernandez.com", "contact@fernandez.com"],
            "phones": {"+16595200691": "work", "+16266034879": "work"},
            "websites": ["https://www.fernandez.com"],
            "address": "02517 Susan Shores Apt. 942, Hinesstad, VA 15835",
            "region": "US",
        },
    ),
    (
        "b5-enus-07-no-title",
        "Jacqueline Hughes\n"
        "Woods, Mercado and Cannon\n"
        "T. 724-520-0280\n"
        "M. 917.252.5263x2315\n"
        "F. 727.222.9567\n"
        "hughes@woods.net\n"
        "W: https://www.woods.net\n"
        "024 Lowe Passage, Schneiderview, VI 59069\n",
        {
            "name": "Jacqueline Hughes",
            "given_name": "Jacqueline",
            "family_name": "Hughes",
            "title": None,
            "company": "Woods, Mercado and Cannon",
            "emails": ["hughes@woods.net"],
            "phones": {"+17245200280": "work", "+19172525263": "mobile", "+17272229567": "fax"},
            "websites": ["https://www.woods.net"],
            "address": "024 Lowe Passage, Schneiderview, VI 59069",
            "region": "US",
        },
    ),
    (
        "b5-enus-08-company-only",
        "Reyes Group\n"
        "T: 659.652.9433x06190 • M: (352)593-1618x81340\n"
        "F: +1-708-933-0168x2399\n"
        "hello@reyes.io | https://reyes.io\n"
        "35377 Michele Ports, South Timothy, IA 81694\n",
        {
            "name": None,
            "title": None,
            "company": "Reyes Group",
            "emails": ["hello@reyes.io"],
            "phones": {"+16596529433": "work", "+13525931618": "mobile", "+17089330168": "fax"},
            "websites": ["https://reyes.io"],
            "address": "35377 Michele Ports, South Timothy, IA 81694",
            "region": "US",
        },
    ),
    (
        "b5-enus-09-company-first",
        "Jones Ltd\n"
        "Michael Mathis\n"
        "Land\n"
        "Tel: 903-413-4178 | Mob: 401-668-8845\n"
        "mathis@jones.net | http://www.jones.net/about\n",
        {
            "name": "Michael Mathis",
            "given_name": "Michael",
            "family_name": "Mathis",
            "title": "Land",
            "company": "Jones Ltd",
            "emails": ["mathis@jones.net"],
            "phones": {"+19034134178": "work", "+14016688845": "mobile"},
            "websites": ["https://www.jones.net/about"],
            "region": "US",
        },
    ),
    (
        "b5-enus-10-name-pipe-title",
        "Alicia Johnson | Therapist, sports\n"
        "Roberts-White\n"
        "Direct +1-680-742-2413x798\n"
        "Office: 636-814-3589x524\n"
        "alicia_johnson@roberts-white.com | http://www.roberts-white.com/\n"
        "420 Alexander Parks\n"
        "Russellmouth, MD 63827\n",
        {
            "name": "Alicia Johnson",
            "given_name": "Alicia",
            "family_name": "Johnson",
            "title": "Therapist, sports",
            "company": "Roberts-White",
            "emails": ["alicia_johnson@roberts-white.com"],
            "phones": {"+16807422413": "work", "+16368143589": "work"},
            "websites": ["https://www.roberts-white.com"],
            "address": "420 Alexander Parks, Russellmouth, MD 63827",
            "region": "US",
        },
    ),
    (
        "b5-enus-11-company-first",
        "Brown-Gardner\n"
        "Ashley Beard\n"
        "Commissioning editor\n"
        "786-628-0379x1797\n"
        "Mail: ashleyb@browngardner.com\n"
        "www.browngardner.com\n"
        "13521 Maynard Glen\n"
        "Richardmouth, PR 19676\n",
        {
            "name": "Ashley Beard",
            "given_name": "Ashley",
            "family_name": "Beard",
            "title": "Commissioning editor",
            "company": "Brown-Gardner",
            "emails": ["ashleyb@browngardner.com"],
            "phones": {"+17866280379": "work"},
            "websites": ["https://www.browngardner.com"],
            "address": "13521 Maynard Glen, Richardmouth, PR 19676",
            "region": "US",
        },
    ),
    (
        "b5-enus-12-name-pipe-title",
        "Jennifer Smith | Armed forces training and education officer\n"
        "Garcia-Arroyo\n"
        "Direct 949.699.6609x1016\n"
        "jennifer_smith@garcia-arroyo.org\n"
        "https://garcia-arroyo.org\n"
        "3037 Holly Union Suite 562\n"
        "Harrismouth, DC 44467\n",
        {
            "name": "Jennifer Smith",
            "given_name": "Jennifer",
            "family_name": "Smith",
            "title": "Armed forces training and education officer",
            "company": "Garcia-Arroyo",
            "emails": ["jennifer_smith@garcia-arroyo.org"],
            "phones": {"+19496996609": "work"},
            "websites": ["https://garcia-arroyo.org"],
            "address": "3037 Holly Union Suite 562, Harrismouth, DC 44467",
            "region": "US",
        },
    ),
    (
        "b5-enus-13-company-first",
        "PUGH LTD\n"
        "Kristi Henson\n"
        "Environmental consultant\n"
        "Direct: 920.284.3764x135\n"
        "Mob: +1-941-360-5227x86568\n"
        "6120 Rogers Lane\n"
        "Monicachester, HI 98956\n",
        {
            "name": "Kristi Henson",
            "given_name": "Kristi",
            "family_name": "Henson",
            "title": "Environmental consultant",
            "company": "Pugh Ltd",
            "emails": [],
            "phones": {"+19202843764": "work", "+19413605227": "mobile"},
            "address": "6120 Rogers Lane, Monicachester, HI 98956",
            "region": "US",
        },
    ),
    (
        "b5-enus-14-freelance",
        "KYLE HERRERA\n"
        "Editorial assistant\n"
        "T. 551-394-9279 • M. 762.214.7481x07116\n"
        "F. (442)427-0730\n"
        "Email: kyleh@herreradesign.com\n"
        "https://www.herreradesign.com\n"
        "43063 Todd Harbors\n"
        "West Stacy, ME 15078\n",
        {
            "name": "Kyle Herrera",
            "given_name": "Kyle",
            "family_name": "Herrera",
            "title": "Editorial assistant",
            "company": None,
            "emails": ["kyleh@herreradesign.com"],
            "phones": {"+15513949279": "work", "+17622147481": "mobile", "+14424270730": "fax"},
            "websites": ["https://www.herreradesign.com"],
            "address": "43063 Todd Harbors, West Stacy, ME 15078",
            "region": "US",
        },
    ),
    (
        "b5-enus-15-company-bottom",
        "Jeffery Moreno\n"
        "Secondary school teacher\n"
        "Office: 708-836-9790\n"
        "Mob: (848)206-0552\n"
        "Fax 973-775-5719\n"
        "E-mail: jeffery_moreno@dyer-case.org\n"
        "Dyer, Case and White\n"
        "48338 Phillip Alley\n"
        "Lake Wendyview, OH 32291\n",
        {
            "name": "Jeffery Moreno",
            "given_name": "Jeffery",
            "family_name": "Moreno",
            "title": "Secondary school teacher",
            "company": "Dyer, Case and White",
            "emails": ["jeffery_moreno@dyer-case.org"],
            "phones": {"+17088369790": "work", "+18482060552": "mobile", "+19737755719": "fax"},
            "address": "48338 Phillip Alley, Lake Wendyview, OH 32291",
            "region": "US",
        },
    ),
    (
        "b5-enus-16-company-first",
        "HESTER GROUP\n"
        "Rebecca Wang\n"
        "Designer, multimedia\n"
        "Office: (656)830-0778x81986   Cell (337)409-0169x77466\n"
        "44427 Jill Shoal\n"
        "Stevenbury, DC 73715\n",
        {
            "name": "Rebecca Wang",
            "given_name": "Rebecca",
            "family_name": "Wang",
            "title": "Designer, multimedia",
            "company": "Hester Group",
            "emails": [],
            "phones": {"+16568300778": "work", "+13374090169": "mobile"},
            "address": "44427 Jill Shoal, Stevenbury, DC 73715",
            "region": "US",
        },
    ),
    (
        "b5-enus-17-name-pipe-title",
        "James Campbell DDS | Tourist information centre manager\n"
        "Scott PLC\n"
        "T: 913.931.6118x6891\n"
        "E: james.campbell24@yahoo.com\n",
        {
            "name": "James Campbell",
            "given_name": "James",
            "family_name": "Campbell",
            "title": "Tourist information centre manager",
            "company": "Scott PLC",
            "emails": ["james.campbell24@yahoo.com"],
            "phones": {"+19139316118": "work"},
            "region": "US",
        },
    ),
    (
        "b5-enus-18-title-first",
        "Clinical research associate\n"
        "Adam Briggs Jr.\n"
        "Lopez Inc\n"
        "T: +1-573-327-4849x84112 · M: 839.567.5435\n"
        "Email: abriggs@hotmail.com\n"
        "http://www.gutierrez-frank.com\n"
        "4803 Mark Path\n"
        "Sandovalmouth, CT 42681\n",
        {
            "name": "Adam Briggs Jr.",
            "given_name": "Adam",
            "family_name": "Briggs",
            "title": "Clinical research associate",
            "company": "Lopez Inc",
            "emails": ["abriggs@hotmail.com"],
            "phones": {"+15733274849": "work", "+18395675435": "mobile"},
            "websites": ["https://www.gutierrez-frank.com"],
            "address": "4803 Mark Path, Sandovalmouth, CT 42681",
            "region": "US",
        },
    ),
    (
        "b5-enus-19-classic",
        "Evelyn Mayer\n"
        "Technical sales engineer\n"
        "Baker-Davis\n"
        "525 Watkins Court\n"
        "Bethborough, ND 84186\n"
        "M. +1-859-341-6371x4193\n"
        "mayer@baker.com | www.baker.com\n",
        {
            "name": "Evelyn Mayer",
            "given_name": "Evelyn",
            "family_name": "Mayer",
            "title": "Technical sales engineer",
            "company": "Baker-Davis",
            "emails": ["mayer@baker.com"],
            "phones": {"+18593416371": "mobile"},
            "websites": ["https://www.baker.com"],
            "address": "525 Watkins Court, Bethborough, ND 84186",
        },
    ),
    (
        "b5-enus-20-classic",
        "Gloria George\n"
        "Interpreter\n"
        "Robinson and Sons\n"
        "Office: 224-772-6557x5193\n"
        "Mob: 351-234-7965x92702\n"
        "E: george@robinson.com\n"
        "07624 Jacobs Drive\n"
        "Lake Drew, AR 39279\n",
        {
            "name": "Gloria George",
            "given_name": "Gloria",
            "family_name": "George",
            "title": "Interpreter",
            "company": "Robinson and Sons",
            "emails": ["george@robinson.com"],
            "phones": {"+12247726557": "work", "+13512347965": "mobile"},
            "address": "07624 Jacobs Drive, Lake Drew, AR 39279",
            "region": "US",
        },
    ),
    (
        "b5-enus-21-classic",
        "Ms. Alicia Cruz\n"
        "Marketing executive\n"
        "Sosa, Blair and Combs\n"
        "5058 Lara Spurs, Brittneyfurt, GU 62072\n"
        "Direct: 901.657.6215x671\n"
        "Mobile 209.410.4387x715\n"
        "http://sosa.com\n",
        {
            "name": "Alicia Cruz",
            "given_name": "Alicia",
            "family_name": "Cruz",
            "title": "Marketing executive",
            "company": "Sosa, Blair and Combs",
            "emails": [],
            "phones": {"+19016576215": "work", "+12094104387": "mobile"},
            "websites": ["https://sosa.com"],
            "address": "5058 Lara Spurs, Brittneyfurt, GU 62072",
            "region": "US",
        },
    ),
    (
        "b5-enus-22-company-first",
        "Martinez Inc\n"
        "CHARLES NIXON\n"
        "Fashion designer\n"
        "T: 815.282.8487\n"
        "M: 2137184416\n"
        "e: c.nixon@hotmail.com\n",
        {
            "name": "Charles Nixon",
            "given_name": "Charles",
            "family_name": "Nixon",
            "title": "Fashion designer",
            "company": "Martinez Inc",
            "emails": ["c.nixon@hotmail.com"],
            "phones": {"+18152828487": "work", "+12137184416": "mobile"},
            "region": "US",
        },
    ),
    (
        "b5-enus-23-company-bottom",
        "Jennifer Stein\n"
        "Medical laboratory scientific officer\n"
        "T (774)617-8177 • M 503.839.0834x85334\n"
        "E-mail: jennifers@whitaker.com\n"
        "E-mail: info@whitaker.com\n"
        "http://www.whitaker.com/\n"
        "Krueger PLC\n"
        "218 Brian Motorway Suite 449\n"
        "South Rebeccaberg, NM 20207\n",
        {
            "name": "Jennifer Stein",
            "given_name": "Jennifer",
            "family_name": "Stein",
            "title": "Medical laboratory scientific officer",
            "company": "Krueger PLC",
            "emails": ["jennifers@whitaker.com", "info@whitaker.com"],
            "phones": {"+17746178177": "work", "+15038390834": "mobile"},
            "websites": ["https://www.whitaker.com"],
            "address": "218 Brian Motorway Suite 449, South Rebeccaberg, NM 20207",
            "region": "US",
        },
    ),
    (
        "b5-enus-24-classic",
        "Amy Juarez\n"
        "Publishing copy\n"
        "Davis-Wilson\n"
        "Direct: (840)638-4588\n"
        "114 Elijah Parkway\n"
        "Grantborough, PW 71668\n",
        {
            "name": "Amy Juarez",
            "given_name": "Amy",
            "family_name": "Juarez",
            "title": "Publishing copy",
            "company": "Davis-Wilson",
            "emails": [],
            "phones": {"+18406384588": "work"},
            "address": "114 Elijah Parkway, Grantborough, PW 71668",
            "region": "US",
        },
    ),
    (
        "b5-enus-25-name-comma-title",
        "Pamela Bolton, Production assistant, television\n"
        "Crawford PLC\n"
        "Vision-oriented secondary implementation\n"
        "Cell: (472)416-7576x727\n"
        "Mail: pamela.bolton@flores.info\n"
        "4328 Kenneth Locks, South Colin, NY 92301\n",
        {
            "name": "Pamela Bolton",
            "given_name": "Pamela",
            "family_name": "Bolton",
            "title": "Production assistant, television",
            "company": "Crawford PLC",
            "emails": ["pamela.bolton@flores.info"],
            "phones": {"+14724167576": "mobile"},
            "address": "4328 Kenneth Locks, South Colin, NY 92301",
            "region": "US",
        },
    ),
    (
        "b5-enus-26-name-comma-title",
        "Brandon Delgado, Buyer, industrial\n"
        "Schwartz, Moreno and Ellis\n"
        "Tel: (870)336-7352x682\n"
        "Mob. 689-452-7873\n"
        "e: brandon_delgado76@gmail.com\n"
        "Website: http://schwartz.org/\n"
        "96307 Ellen Estate, Mccarthyton, MS 05435\n",
        {
            "name": "Brandon Delgado",
            "given_name": "Brandon",
            "family_name": "Delgado",
            "title": "Buyer, industrial",
            "company": "Schwartz, Moreno and Ellis",
            "emails": ["brandon_delgado76@gmail.com"],
            "phones": {"+18703367352": "work", "+16894527873": "mobile"},
            "websites": ["https://schwartz.org"],
            "address": "96307 Ellen Estate, Mccarthyton, MS 05435",
            "region": "US",
        },
    ),
    (
        "b5-enus-27-name-pipe-title",
        "Kelsey Martin | Pharmacologist\n"
        "Martinez-Davila\n"
        "T: 720-384-3000x1711\n"
        "M: +1-732-704-6882\n"
        "e: kelsey_martin@martinez.co\n"
        "92762 Hopkins Pines\n"
        "Castanedaview, NH 05209\n",
        {
            "name": "Kelsey Martin",
            "given_name": "Kelsey",
            "family_name": "Martin",
            "title": "Pharmacologist",
            "company": "Martinez-Davila",
            "emails": ["kelsey_martin@martinez.co"],
            "phones": {"+17203843000": "work", "+17327046882": "mobile"},
            "address": "92762 Hopkins Pines, Castanedaview, NH 05209",
            "region": "US",
        },
    ),
    (
        "b5-enus-28-company-first",
        "Stone-Harris\n"
        "SAMANTHA KIM\n"
        "Armed forces logistics/support/administrative officer\n"
        "T +1-727-900-7764x528\n"
        "F 983-465-3515x0984\n"
        "samanthak63@yahoo.com | http://stone.org/\n"
        "999 Thomas Court Apt. 107\n"
        "Sanchezville, MN 81934\n",
        {
            "name": "Samantha Kim",
            "given_name": "Samantha",
            "family_name": "Kim",
            "title": "Armed forces logistics/support/administrative officer",
            "company": "Stone-Harris",
            "emails": ["samanthak63@yahoo.com"],
            "phones": {"+17279007764": "work", "+19834653515": "fax"},
            "websites": ["https://stone.org"],
            "address": "999 Thomas Court Apt. 107, Sanchezville, MN 81934",
            "region": "US",
        },
    ),
    (
        "b5-enus-29-company-bottom",
        "Mr. Brendan Bates\n"
        "Travel agency manager\n"
        "T +1-629-392-7595x068\n"
        "M (804)455-2784x642\n"
        "Email: brendan.bates@ramirez-steele.com\n"
        "Web: http://ramirez-steele.com/\n"
        "Best and Sons\n"
        "8168 Hopkins Streets\n"
        "East Melissa, CO 78843\n",
        {
            "name": "Brendan Bates",
            "given_name": "Brendan",
            "family_name": "Bates",
            "title": "Travel agency manager",
            "company": "Best and Sons",
            "emails": ["brendan.bates@ramirez-steele.com"],
            "phones": {"+16293927595": "work", "+18044552784": "mobile"},
            "websites": ["https://ramirez-steele.com"],
            "address": "8168 Hopkins Streets, East Melissa, CO 78843",
            "region": "US",
        },
    ),
    (
        "b5-enus-30-company-first",
        "Charles PLC\n"
        "Sharable cohesive system engine\n"
        "Lisa Terry\n"
        "Sales executive\n"
        "T: 9174807722 | M: 562.965.3973x562\n"
        "F: 732.367.7109x8671\n"
        "e: terry35@yahoo.com\n"
        "W: www.charles.co\n",
        {
            "name": "Lisa Terry",
            "given_name": "Lisa",
            "family_name": "Terry",
            "title": "Sales executive",
            "company": "Charles PLC",
            "emails": ["terry35@yahoo.com"],
            "phones": {"+19174807722": "work", "+15629653973": "mobile", "+17323677109": "fax"},
            "websites": ["https://www.charles.co"],
            "region": "US",
        },
    ),
    (
        "b5-enus-31-title-first",
        "Engineer, manufacturing systems\n"
        "Larry Barrett\n"
        "Obrien PLC\n"
        "07808 Ruiz Track, Kellerview, MI 15577\n"
        "T: 614.443.8193x788 | M: 562.302.8481\n"
        "larry.barrett@peters.org\n"
        "office@peters.org\n",
        {
            "name": "Larry Barrett",
            "given_name": "Larry",
            "family_name": "Barrett",
            "title": "Engineer, manufacturing systems",
            "company": "Obrien PLC",
            "emails": ["larry.barrett@peters.org", "office@peters.org"],
            "phones": {"+16144438193": "work", "+15623028481": "mobile"},
            "address": "07808 Ruiz Track, Kellerview, MI 15577",
            "region": "US",
        },
    ),
    (
        "b5-enus-32-title-first",
        "Conservator, museum/gallery\n"
        "LEE ANDERSON\n"
        "Howard-Choi\n"
        "Mob. +1-913-436-3833x84702\n"
        "E: leea@yahoo.com\n"
        "howard.io\n",
        {
            "name": "Lee Anderson",
            "given_name": "Lee",
            "family_name": "Anderson",
            "title": "Conservator, museum/gallery",
            "company": "Howard-Choi",
            "emails": ["leea@yahoo.com"],
            "phones": {"+19134363833": "mobile"},
            "websites": ["https://howard.io"],
        },
    ),
    (
        "b5-enus-33-name-comma-title",
        "Joseph Sellers, Retail banker\n"
        "Herring-Gonzales\n"
        "M +1-616-286-7614x2099\n"
        "T 620-564-8480\n"
        "Mail: josephs@herringgonzales.com\n",
        {
            "name": "Joseph Sellers",
            "given_name": "Joseph",
            "family_name": "Sellers",
            "title": "Retail banker",
            "company": "Herring-Gonzales",
            "emails": ["josephs@herringgonzales.com"],
            "phones": {"+16162867614": "mobile", "+16205648480": "work"},
            "region": "US",
        },
    ),
    (
        "b5-enus-34-company-only",
        "Miles, Parker and Bowman\n"
        "5664 Jonathan Garden Suite 737\n"
        "New Debbietown, MN 35780\n"
        "+1-267-202-6856x243\n"
        "240.579.9207x89845\n"
        "E-mail: info@miles.com\n"
        "Web: www.miles.com\n",
        {
            "name": None,
            "title": None,
            "company": "Miles, Parker and Bowman",
            "emails": ["info@miles.com"],
            "phones": {"+12672026856": "work", "+12405799207": "work"},
            "websites": ["https://www.miles.com"],
            "address": "5664 Jonathan Garden Suite 737, New Debbietown, MN 35780",
            "region": "US",
        },
    ),
    (
        "b5-enus-35-company-first",
        "Ramos LLC\n"
        "Megan Fields\n"
        "Nature conservation officer\n"
        "M: 762.644.2910x617\n"
        "T: 267-862-9762x403\n"
        "E: megan.fields2@gmail.com\n"
        "W: www.ramos.net\n"
        "8676 Karen Harbor Suite 437\n"
        "Josephberg, IL 69590\n",
        {
            "name": "Megan Fields",
            "given_name": "Megan",
            "family_name": "Fields",
            "title": "Nature conservation officer",
            "company": "Ramos LLC",
            "emails": ["megan.fields2@gmail.com"],
            "phones": {"+17626442910": "mobile", "+12678629762": "work"},
            "websites": ["https://www.ramos.net"],
            "address": "8676 Karen Harbor Suite 437, Josephberg, IL 69590",
            "region": "US",
        },
    ),
    (
        "b5-enus-36-title-first",
        "Engineer, building services\n"
        "JACOB ALVARADO\n"
        "Nelson, Barker and Martinez\n"
        "E-mail: jalvarado@nelson.io\n"
        "T: +1-281-430-7119x6661\n"
        "M: 714-991-5957\n"
        "F: (845)415-9885\n"
        "84012 Lopez Turnpike, Tylerchester, ND 60216\n",
        {
            "name": "Jacob Alvarado",
            "given_name": "Jacob",
            "family_name": "Alvarado",
            "title": "Engineer, building services",
            "company": "Nelson, Barker and Martinez",
            "emails": ["jalvarado@nelson.io"],
            "phones": {"+12814307119": "work", "+17149915957": "mobile", "+18454159885": "fax"},
            "address": "84012 Lopez Turnpike, Tylerchester, ND 60216",
            "region": "US",
        },
    ),
    (
        "b5-enus-37-classic",
        "Mrs. Heather Rogers\n"
        "Programmer, applications\n"
        "FOSTER GROUP\n"
        "heather.rogers@foster.com\n"
        "Mobile 419-390-4909x0482\n"
        "80758 Powell Neck\n"
        "New John, VA 34070\n",
        {
            "name": "Heather Rogers",
            "given_name": "Heather",
            "family_name": "Rogers",
            "title": "Programmer, applications",
            "company": "Foster Group",
            "emails": ["heather.rogers@foster.com"],
            "phones": {"+14193904909": "mobile"},
            "address": "80758 Powell Neck, New John, VA 34070",
            "region": "US",
        },
    ),
    (
        "b5-enus-38-name-comma-title",
        "Michael Stephens, Risk analyst\n"
        "Brown-Orr\n"
        "T. 445-503-7567x22912 | M. 904.517.5044x912\n"
        "michael.stephens@brownorr.io\n",
        {
            "name": "Michael Stephens",
            "given_name": "Michael",
            "family_name": "Stephens",
            "title": "Risk analyst",
            "company": "Brown-Orr",
            "emails": ["michael.stephens@brownorr.io"],
            "phones": {"+14455037567": "work", "+19045175044": "mobile"},
            "region": "US",
        },
    ),
    (
        "b5-enus-39-classic",
        "Nathaniel Mccall\n"
        "Air cabin crew\n"
        "Thompson Ltd\n"
        "Direct: (910)782-9343x0981   Fax: 602.225.3271x688\n"
        "E: nmccall@thompson.com\n"
        "4984 Garner Divide Suite 428, Stevenside, NE 65014\n",
        {
            "name": "Nathaniel Mccall",
            "given_name": "Nathaniel",
            "family_name": "Mccall",
            "title": "Air cabin crew",
            "company": "Thompson Ltd",
            "emails": ["nmccall@thompson.com"],
            "phones": {"+19107829343": "work", "+16022253271": "fax"},
            "address": "4984 Garner Divide Suite 428, Stevenside, NE 65014",
            "region": "US",
        },
    ),
    (
        "b5-enus-40-no-title",
        "Jessica Flores MD\n"
        "Martinez PLC\n"
        "Office: 901-945-4925x11496\n"
        "Mob. (270)800-8906x35026\n"
        "E: jessica_flores@perry-maldonado.info\n",
        {
            "name": "Jessica Flores",
            "given_name": "Jessica",
            "family_name": "Flores",
            "title": None,
            "company": "Martinez PLC",
            "emails": ["jessica_flores@perry-maldonado.info"],
            "phones": {"+19019454925": "work", "+12708008906": "mobile"},
            "region": "US",
        },
    ),
    (
        "b5-enus-41-company-bottom",
        "Elizabeth Taylor\n"
        "Chief Strategy Officer\n"
        "Office (209)948-2250x9706\n"
        "Mob. 785-574-2479\n"
        "Fax (332)509-0027x670\n"
        "e: elizabetht@smith.co\n"
        "SMITH-HAHN\n"
        "58753 Montoya Grove Suite 769, Jamesside, TN 08125\n",
        {
            "name": "Elizabeth Taylor",
            "given_name": "Elizabeth",
            "family_name": "Taylor",
            "title": "Chief Strategy Officer",
            "company": "Smith-Hahn",
            "emails": ["elizabetht@smith.co"],
            "phones": {"+12099482250": "work", "+17855742479": "mobile", "+13325090027": "fax"},
            "address": "58753 Montoya Grove Suite 769, Jamesside, TN 08125",
            "region": "US",
        },
    ),
    (
        "b5-enus-42-company-first",
        "White-Rivera\n"
        "Carrie Good\n"
        "Health and safety adviser\n"
        "Office 341-825-7504\n"
        "Mobile: 220.516.0436x401\n"
        "c.good@white.org\n",
        {
            "name": "Carrie Good",
            "given_name": "Carrie",
            "family_name": "Good",
            "title": "Health and safety adviser",
            "company": "White-Rivera",
            "emails": ["c.good@white.org"],
            "phones": {"+13418257504": "work", "+12205160436": "mobile"},
            "region": "US",
        },
    ),
    (
        "b5-enus-43-name-comma-title",
        "William Richard, Chief Operating Officer\n"
        "ESPINOZA LLC\n"
        "T: (216)324-1129x202\n"
        "M: 228.823.7833x530\n"
        "F: (401)437-5245x6485\n"
        "william_richard@espinoza.com\n"
        "contact@espinoza.com\n"
        "espinoza.com\n"
        "103 Richard Walk, Garciaton, ID 00741\n",
        {
            "name": "William Richard",
            "given_name": "William",
            "family_name": "Richard",
            "title": "Chief Operating Officer",
            "company": "Espinoza LLC",
            "emails": ["william_richard@espinoza.com", "contact@espinoza.com"],
            "phones": {"+12163241129": "work", "+12288237833": "mobile", "+14014375245": "fax"},
            "websites": ["https://espinoza.com"],
            "address": "103 Richard Walk, Garciaton, ID 00741",
            "region": "US",
        },
    ),
    (
        "b5-enus-44-freelance",
        "Juan Garcia\n"
        "Hospital doctor\n"
        "Email: garcia@garciastudio.net\n"
        "T (435)455-1241   M 4149228755\n"
        "F (440)786-9924x40556\n"
        "6310 Ramirez Crest Apt. 268\n"
        "West James, KY 22762\n",
        {
            "name": "Juan Garcia",
            "given_name": "Juan",
            "family_name": "Garcia",
            "title": "Hospital doctor",
            "company": None,
            "emails": ["garcia@garciastudio.net"],
            "phones": {"+14354551241": "work", "+14149228755": "mobile", "+14407869924": "fax"},
            "address": "6310 Ramirez Crest Apt. 268, West James, KY 22762",
            "region": "US",
        },
    ),
    (
        "b5-enus-45-title-pipe-company",
        "Laura Roy\n"
        "Optician, dispensing | Jones, Jackson and Erickson\n"
        "Office 517.849.0944x19709\n"
        "Fax (270)247-0701x797\n"
        "E: laura_roy@skinner.com\n"
        "Website: http://skinner.com/\n",
        {
            "name": "Laura Roy",
            "given_name": "Laura",
            "family_name": "Roy",
            "title": "Optician, dispensing",
            "company": "Jones, Jackson and Erickson",
            "emails": ["laura_roy@skinner.com"],
            "phones": {"+15178490944": "work", "+12702470701": "fax"},
            "websites": ["https://skinner.com"],
            "region": "US",
        },
    ),
    (
        "b5-enus-46-company-first",
        "Stewart Inc\n"
        "Jacqueline Krause\n"
        "Social research officer, government\n"
        "T 828-648-9473x477\n"
        "F 731.857.9766x34157\n"
        "krause@stewart.net | stewart.net\n"
        "3348 Kathleen Orchard Apt. 989\n"
        "Lorettabury, MN 24174\n",
        {
            "name": "Jacqueline Krause",
            "given_name": "Jacqueline",
            "family_name": "Krause",
            "title": "Social research officer, government",
            "company": "Stewart Inc",
            "emails": ["krause@stewart.net"],
            "phones": {"+18286489473": "work", "+17318579766": "fax"},
            "websites": ["https://stewart.net"],
            "address": "3348 Kathleen Orchard Apt. 989, Lorettabury, MN 24174",
            "region": "US",
        },
    ),
    (
        "b5-enus-47-classic",
        "Dr. Nicholas Glover\n"
        "Control and instrumentation engineer\n"
        "Allen, Wright and Farmer\n"
        "Direct: 4409771162   Tel: (219)280-0033x85009\n"
        "Email: nicholas@allen.com\n"
        "allen.com\n"
        "6585 Wilson Prairie Suite 550\n"
        "Lake Anna, ME 85394\n",
        {
            "name": "Nicholas Glover",
            "given_name": "Nicholas",
            "family_name": "Glover",
            "title": "Control and instrumentation engineer",
            "company": "Allen, Wright and Farmer",
            "emails": ["nicholas@allen.com"],
            "phones": {"+14409771162": "work", "+12192800033": "work"},
            "websites": ["https://allen.com"],
            "address": "6585 Wilson Prairie Suite 550, Lake Anna, ME 85394",
            "region": "US",
        },
    ),
    (
        "b5-enus-48-name-comma-title",
        "Mariah Dixon, Lawyer\n"
        "Williams-Miller\n"
        "162 Bradshaw Circle\n"
        "Davidshire, VI 83671\n"
        "Direct: +1-629-284-0762x771\n"
        "Mob: 585-844-8413x11324\n"
        "Fax 213.980.8903x411\n"
        "mdixon@campos-velez.net\n"
        "W: campos-velez.net\n",
        {
            "name": "Mariah Dixon",
            "given_name": "Mariah",
            "family_name": "Dixon",
            "title": "Lawyer",
            "company": "Williams-Miller",
            "emails": ["mdixon@campos-velez.net"],
            "phones": {"+16292840762": "work", "+15858448413": "mobile", "+12139808903": "fax"},
            "websites": ["https://campos-velez.net"],
            "address": "162 Bradshaw Circle, Davidshire, VI 83671",
            "region": "US",
        },
    ),
    (
        "b5-enus-49-company-bottom",
        "Juan Barry DDS\n"
        "Outdoor activities/education manager\n"
        "9858537908\n"
        "E: juan.barry@king.com\n"
        "King, Hansen and Anderson\n"
        "355 Bryant Ways, North Thomasmouth, VT 60138\n",
        {
            "name": "Juan Barry",
            "given_name": "Juan",
            "family_name": "Barry",
            "title": "Outdoor activities/education manager",
            "company": "King, Hansen and Anderson",
            "emails": ["juan.barry@king.com"],
            "phones": {"+19858537908": "work"},
            "address": "355 Bryant Ways, North Thomasmouth, VT 60138",
            "region": "US",
        },
    ),
    (
        "b5-enus-50-title-pipe-company",
        "Kathleen Li\n"
        "Exercise physiologist | Nichols PLC\n"
        "259 Monica Pines\n"
        "West Shawnmouth, PA 89756\n"
        "Phone: 754.478.3052\n"
        "Fax: (810)740-5771x5075\n"
        "E-mail: kathleen_li@nichols.biz\n"
        "W: www.nichols.biz\n",
        {
            "name": "Kathleen Li",
            "given_name": "Kathleen",
            "family_name": "Li",
            "title": "Exercise physiologist",
            "company": "Nichols PLC",
            "emails": ["kathleen_li@nichols.biz"],
            "phones": {"+17544783052": "work", "+18107405771": "fax"},
            "websites": ["https://www.nichols.biz"],
            "address": "259 Monica Pines, West Shawnmouth, PA 89756",
            "region": "US",
        },
    ),
    (
        "b5-enus-51-classic",
        "Ms. Leah Terry\n"
        "Surveyor, planning and development\n"
        "Fleming, Griffin and Davidson\n"
        "Mail: leah_terry@stewart.com\n"
        "Mail: contact@stewart.com\n"
        "Phone 327.228.7625x6960\n"
        "Mob: +1-678-341-1812x6994\n"
        "Fax 334-706-8157\n"
        "995 Jeremy Summit, Davidbury, AR 75002\n",
        {
            "name": "Leah Terry",
            "given_name": "Leah",
            "family_name": "Terry",
            "title": "Surveyor, planning and development",
            "company": "Fleming, Griffin and Davidson",
            "emails": ["leah_terry@stewart.com", "contact@stewart.com"],
            "phones": {"+13272287625": "work", "+16783411812": "mobile", "+13347068157": "fax"},
            "address": "995 Jeremy Summit, Davidbury, AR 75002",
            "region": "US",
        },
    ),
    (
        "b5-enus-52-freelance",
        "Nicole Escobar\n"
        "Administrator\n"
        "Mob. 352-991-8146\n"
        "Email: nicole.escobar@gmail.com\n"
        "W: www.escobar.biz\n",
        {
            "name": "Nicole Escobar",
            "given_name": "Nicole",
            "family_name": "Escobar",
            "title": "Administrator",
            "company": None,
            "emails": ["nicole.escobar@gmail.com"],
            "phones": {"+13529918146": "mobile"},
            "websites": ["https://www.escobar.biz"],
            "region": "US",
        },
    ),
    (
        "b5-enus-53-company-first",
        "Barber, Williams and Burns\n"
        "Christine Orr\n"
        "Public house manager\n"
        "1766 Long Cape, Michaelton, WA 52599\n"
        "941-692-5122x70546\n"
        "Mail: christineo@barber.org\n",
        {
            "name": "Christine Orr",
            "given_name": "Christine",
            "family_name": "Orr",
            "title": "Public house manager",
            "company": "Barber, Williams and Burns",
            "emails": ["christineo@barber.org"],
            "phones": {"+19416925122": "work"},
            "address": "1766 Long Cape, Michaelton, WA 52599",
            "region": "US",
        },
    ),
    (
        "b5-enus-54-title-first",
        "Learning mentor\n"
        "Grace Lewis\n"
        "Jennings Group\n"
        "Phone: +1-562-434-3069\n"
        "lewis@jennings.org\n"
        "Web: https://www.jennings.org\n",
        {
            "name": "Grace Lewis",
            "given_name": "Grace",
            "family_name": "Lewis",
            "title": "Learning mentor",
            "company": "Jennings Group",
            "emails": ["lewis@jennings.org"],
            "phones": {"+15624343069": "work"},
            "websites": ["https://www.jennings.org"],
        },
    ),
    (
        "b5-enus-55-classic",
        "Andrew Sherman MD\n"
        "Psychologist, prison and probation services\n"
        "Reid, Hawkins and Ford\n"
        "Email: asherman@reid.com\n"
        "www.reid.com\n"
        "Direct 909.296.2295  Mob: (337)813-0692x476\n",
        {
            "name": "Andrew Sherman",
            "given_name": "Andrew",
            "family_name": "Sherman",
            "title": "Psychologist, prison and probation services",
            "company": "Reid, Hawkins and Ford",
            "emails": ["asherman@reid.com"],
            "phones": {"+19092962295": "work", "+13378130692": "mobile"},
            "websites": ["https://www.reid.com"],
            "region": "US",
        },
    ),
    (
        "b5-enus-56-name-comma-title",
        "Jamie Haas, Insurance account manager\n"
        "Moore Inc\n"
        "44265 Jasmine Ports Apt. 037\n"
        "Williamsborough, PA 41538\n"
        "T: 979.436.8815x0147  M: 802.603.9974\n"
        "jamie_haas@moore.org\n"
        "www.moore.org/en\n",
        {
            "name": "Jamie Haas",
            "given_name": "Jamie",
            "family_name": "Haas",
            "title": "Insurance account manager",
            "company": "Moore Inc",
            "emails": ["jamie_haas@moore.org"],
            "phones": {"+19794368815": "work", "+18026039974": "mobile"},
            "websites": ["https://www.moore.org/en"],
            "address": "44265 Jasmine Ports Apt. 037, Williamsborough, PA 41538",
            "region": "US",
        },
    ),
    (
        "b5-enus-57-no-title",
        "John Rocha\n"
        "Gallegos LLC\n"
        "Direct 4694599865 | Main (223)270-7044x8542\n"
        "jrocha@gallegos.net\n"
        "http://www.gallegos.net/\n"
        "71877 Underwood Islands\n"
        "Pricehaven, LA 22935\n",
        {
            "name": "John Rocha",
            "given_name": "John",
            "family_name": "Rocha",
            "title": None,
            "company": "Gallegos LLC",
            "emails": ["jrocha@gallegos.net"],
            "phones": {"+14694599865": "work", "+12232707044": "work"},
            "websites": ["https://www.gallegos.net"],
            "address": "71877 Underwood Islands, Pricehaven, LA 22935",
            "region": "US",
        },
    ),
    (
        "b5-enus-58-name-comma-title",
        "Nicholas Moore, Engineer, aeronautical\n"
        "Robinson PLC\n"
        "M. 716.813.4920x043\n"
        "Email: nicholas@williams-liu.com\n"
        "www.williams-liu.com\n"
        "2787 Samuel Burg\n"
        "North Jeremyland, DC 01427\n",
        {
            "name": "Nicholas Moore",
            "given_name": "Nicholas",
            "family_name": "Moore",
            "title": "Engineer, aeronautical",
            "company": "Robinson PLC",
            "emails": ["nicholas@williams-liu.com"],
            "phones": {"+17168134920": "mobile"},
            "websites": ["https://www.williams-liu.com"],
            "address": "2787 Samuel Burg, North Jeremyland, DC 01427",
            "region": "US",
        },
    ),
    (
        "b5-enus-59-classic",
        "Brenda Owens\n"
        "Advertising account planner\n"
        "Sosa, Kirby and Medina\n"
        "73537 Briana Green\n"
        "Port Kimberlyton, NH 60700\n"
        "517-680-8890 | 806.341.5639x1234\n"
        "brenda.owens@sosakirby.net\n"
        "http://www.sosakirby.net\n",
        {
            "name": "Brenda Owens",
            "given_name": "Brenda",
            "family_name": "Owens",
            "title": "Advertising account planner",
            "company": "Sosa, Kirby and Medina",
            "emails": ["brenda.owens@sosakirby.net"],
            "phones": {"+15176808890": "work", "+18063415639": "work"},
            "websites": ["https://www.sosakirby.net"],
            "address": "73537 Briana Green, Port Kimberlyton, NH 60700",
            "region": "US",
        },
    ),
    (
        "b5-enus-60-title-first",
        "Associate Professor\n"
        "Barbara Thomas MD\n"
        "Edwards, Cruz and Johnson\n"
        "Phone: +1-504-332-9756x219  Cell 202.328.9728x1190\n"
        "Fax: 724.990.0362\n"
        "Mail: barbara.thomas@edwards-cruz.com\n"
        "93926 Jason Lane\n"
        "Andradechester, LA 94070\n",
        {
            "name": "Barbara Thomas",
            "given_name": "Barbara",
            "family_name": "Thomas",
            "title": "Associate Professor",
            "company": "Edwards, Cruz and Johnson",
            "emails": ["barbara.thomas@edwards-cruz.com"],
            "phones": {"+15043329756": "work", "+12023289728": "mobile", "+17249900362": "fax"},
            "address": "93926 Jason Lane, Andradechester, LA 94070",
            "region": "US",
        },
    ),
    (
        "b5-enus-61-company-bottom",
        "Megan Davis MD\n"
        "Haematologist\n"
        "(651)982-2497\n"
        "(508)345-6268x659\n"
        "megan_davis@curtis.biz\n"
        "curtis.biz\n"
        "Curtis Group\n"
        "036 Joshua Meadow Apt. 473, West Brianville, TN 95301\n",
        {
            "name": "Megan Davis",
            "given_name": "Megan",
            "family_name": "Davis",
            "title": "Haematologist",
            "company": "Curtis Group",
            "emails": ["megan_davis@curtis.biz"],
            "phones": {"+16519822497": "work", "+15083456268": "work"},
            "websites": ["https://curtis.biz"],
            "address": "036 Joshua Meadow Apt. 473, West Brianville, TN 95301",
            "region": "US",
        },
    ),
    (
        "b5-enus-62-classic",
        "Travis Brown\n"
        "Education officer, museum\n"
        "Conner, Mccarthy and Garcia\n"
        "Distributed modular parallelism\n"
        "T 254-336-1056x0776 | F +1-626-381-5031x2413\n"
        "brown@conner-mccarthy.io\n"
        "0047 Jordan Meadow\n"
        "Johnsontown, NV 73061\n",
        {
            "name": "Travis Brown",
            "given_name": "Travis",
            "family_name": "Brown",
            "title": "Education officer, museum",
            "company": "Conner, Mccarthy and Garcia",
            "emails": ["brown@conner-mccarthy.io"],
            "phones": {"+12543361056": "work", "+16263815031": "fax"},
            "address": "0047 Jordan Meadow, Johnsontown, NV 73061",
            "region": "US",
        },
    ),
    (
        "b5-enus-63-name-comma-title",
        "JOHN PACE, Corporate treasurer\n"
        "Buchanan Group\n"
        "john.pace@campbell.com\n"
        "W: campbell.com\n"
        "M: 308.474.3651x848\n"
        "4862 Matthew Rapids, North Daniellefurt, CT 56947\n",
        {
            "name": "John Pace",
            "given_name": "John",
            "family_name": "Pace",
            "title": "Corporate treasurer",
            "company": "Buchanan Group",
            "emails": ["john.pace@campbell.com"],
            "phones": {"+13084743651": "mobile"},
            "websites": ["https://campbell.com"],
            "address": "4862 Matthew Rapids, North Daniellefurt, CT 56947",
            "region": "US",
        },
    ),
    (
        "b5-enus-64-classic",
        "Julia Hart\n"
        "Producer, radio\n"
        "Mcbride and Sons\n"
        "Managed tertiary complexity\n"
        "T. (937)361-6477x3181\n"
        "Mail: julia_hart@mcbride.net\n"
        "mcbride.net\n",
        {
            "name": "Julia Hart",
            "given_name": "Julia",
            "family_name": "Hart",
            "title": "Producer, radio",
            "company": "Mcbride and Sons",
            "emails": ["julia_hart@mcbride.net"],
            "phones": {"+19373616477": "work"},
            "websites": ["https://mcbride.net"],
            "region": "US",
        },
    ),
]

JP: list[Case] = [
    (
        "b5-jajp-01-name-pipe-title",
        "Tomoya Yamazaki | Physicist, medical\n"
        "SUZUKI FOODS LLC\n"
        "TEL: +81 75-603-0820\n"
        "Mobile +81 80-1873-6357\n"
        "tomoya.yamazaki@suzuki.jp\n",
        {
            "name": "Tomoya Yamazaki",
            "given_name": "Tomoya",
            "family_name": "Yamazaki",
            "title": "Physicist, medical",
            "company": "Suzuki Foods LLC",
            "emails": ["tomoya.yamazaki@suzuki.jp"],
            "phones": {"+81756030820": "work", "+818018736357": "mobile"},
        },
    ),
    (
        "b5-jajp-02-classic",
        "TAKAHASHI Yasuhiro\n"
        "Acupuncturist\n"
        "Suzuki Communications LLC\n"
        "Mobile: 090-9301-3879\n"
        "Mail: yasuhiro.takahashi@suzuki-communications.com\n",
        {
            "name": "Takahashi Yasuhiro",
            "given_name": "Yasuhiro",
            "family_name": "Takahashi",
            "title": "Acupuncturist",
            "company": "Suzuki Communications LLC",
            "emails": ["yasuhiro.takahashi@suzuki-communications.com"],
            "phones": {"+819093013879": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b5-jajp-03-title-first",
        "Barrister's clerk\n"
        "Kaori Maeda\n"
        "Murakami Construction Co., Ltd.\n"
        "Mobile: +81 90-9076-0789\n"
        "kaori@murakami.com\n"
        "Kobayashi Bldg. 12F\n"
        "1-26-17 Tenjin, Chuo-ku\n"
        "Fukuoka 810-0001, Japan\n",
        {
            "name": "Kaori Maeda",
            "given_name": "Kaori",
            "family_name": "Maeda",
            "title": "Barrister's clerk",
            "company": "Murakami Construction Co., Ltd.",
            "emails": ["kaori@murakami.com"],
            "phones": {"+819090760789": "mobile"},
            "address": "Kobayashi Bldg. 12F, 1-26-17 Tenjin, Chuo-ku, Fukuoka 810-0001, Japan",
        },
    ),
    (
        "b5-jajp-04-classic",
        "Yui Yoshida\n"
        "Clinical cytogeneticist\n"
        "Shimizu Gas Corporation\n"
        "Fundamental executive capacity\n"
        "Tel. +81 567-61-0803\n"
        "Mobile: 090-8077-6847\n"
        "yuiy99@gmail.com\n",
        {
            "name": "Yui Yoshida",
            "given_name": "Yui",
            "family_name": "Yoshida",
            "title": "Clinical cytogeneticist",
            "company": "Shimizu Gas Corporation",
            "emails": ["yuiy99@gmail.com"],
            "phones": {"+81567610803": "work", "+819080776847": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b5-jajp-05-title-pipe-company",
        "YOSHIDA Satomi\n"
        "Accountant, chartered public finance | Kobayashi Marine Products Ltd.\n"
        "satomi.yoshida@kobayashi-marine.jp | www.kobayashi-marine.jp\n"
        "Tel. 02-3654-1337\n"
        "Okada Bldg. 11F, 5-1-11 Marunouchi\n"
        "Chiyoda-ku, Tokyo 100-0005\n",
        {
            "name": "Yoshida Satomi",
            "given_name": "Satomi",
            "family_name": "Yoshida",
            "title": "Accountant, chartered public finance",
            "company": "Kobayashi Marine Products Ltd.",
            "emails": ["satomi.yoshida@kobayashi-marine.jp"],
            "phones": {"+81236541337": "work"},
            "websites": ["https://www.kobayashi-marine.jp"],
            "address": "Okada Bldg. 11F, 5-1-11 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-06-company-bottom",
        "Yoichi Watanabe\n"
        "Forensic psychologist\n"
        "Mobile: 080-7405-2439\n"
        "www.ito.co.jp\n"
        "Ito Communications Corporation\n"
        "Mori Bldg. 9F, 2-20-15 Tenjin\n"
        "Chuo-ku, Fukuoka 810-0001\n",
        {
            "name": "Yoichi Watanabe",
            "given_name": "Yoichi",
            "family_name": "Watanabe",
            "title": "Forensic psychologist",
            "company": "Ito Communications Corporation",
            "emails": [],
            "phones": {"+818074052439": "mobile"},
            "websites": ["https://www.ito.co.jp"],
            "address": "Mori Bldg. 9F, 2-20-15 Tenjin, Chuo-ku, Fukuoka 810-0001",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-07-classic",
        "YAMAMOTO Kenichi\n"
        "Building services engineer\n"
        "Suzuki Mining Ltd.\n"
        "Mobile: 070-8008-9656\n"
        "e: kenichi.yamamoto@goto.org\n"
        "www.goto.org\n"
        "Suzuki Bldg. 10F, 1-9-3 Meieki\n"
        "Nakamura-ku, Nagoya 450-0002\n",
        {
            "name": "Yamamoto Kenichi",
            "given_name": "Kenichi",
            "family_name": "Yamamoto",
            "title": "Building services engineer",
            "company": "Suzuki Mining Ltd.",
            "emails": ["kenichi.yamamoto@goto.org"],
            "phones": {"+817080089656": "mobile"},
            "websites": ["https://www.goto.org"],
            "address": "Suzuki Bldg. 10F, 1-9-3 Meieki, Nakamura-ku, Nagoya 450-0002",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-08-classic",
        "Tomoya Sato\n"
        "Psychologist, educational\n"
        "Suzuki Construction LLC\n"
        "TEL: 07-5558-6248\n"
        "Mobile: +81 70-2335-3151\n"
        "FAX: 04-9434-7541\n",
        {
            "name": "Tomoya Sato",
            "given_name": "Tomoya",
            "family_name": "Sato",
            "title": "Psychologist, educational",
            "company": "Suzuki Construction LLC",
            "emails": [],
            "phones": {"+81755586248": "work", "+817023353151": "mobile", "+81494347541": "fax"},
            "region": "JP",
        },
    ),
    (
        "b5-jajp-09-classic",
        "Sayuri Mori\n"
        "Teacher, special educational needs\n"
        "Inoue Agriculture & Forestry Ltd.\n"
        "Stand-alone discrete application\n"
        "Nakamura Bldg. 3F, 8-7-2 Umeda\n"
        "Kita-ku, Osaka 530-0001\n"
        "Direct 02-4239-0580\n"
        "Main +81 6-2156-5420\n"
        "mori@yamamoto.com | http://yamamoto.com/en/\n",
        {
            "name": "Sayuri Mori",
            "given_name": "Sayuri",
            "family_name": "Mori",
            "title": "Teacher, special educational needs",
            "company": "Inoue Agriculture & Forestry Ltd.",
            "emails": ["mori@yamamoto.com"],
            "phones": {"+81242390580": "work", "+81621565420": "work"},
            "websites": ["https://yamamoto.com/en"],
            "address": "Nakamura Bldg. 3F, 8-7-2 Umeda, Kita-ku, Osaka 530-0001",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-10-classic",
        "ISHIKAWA Kaori\n"
        "Hydrogeologist\n"
        "Hashimoto Construction Ltd.\n"
        "TEL: +81 142-37-3785\n"
        "Mobile: 080-6948-5109\n"
        "FAX 02-7567-2488\n"
        "e: kaori_ishikawa@kobayashi.org\n"
        "W: https://kobayashi.org\n"
        "Endo Bldg. 12F, 5-23-1 Akasaka\n"
        "Minato-ku, Tokyo 107-0052\n",
        {
            "name": "Ishikawa Kaori",
            "given_name": "Kaori",
            "family_name": "Ishikawa",
            "title": "Hydrogeologist",
            "company": "Hashimoto Construction Ltd.",
            "emails": ["kaori_ishikawa@kobayashi.org"],
            "phones": {"+81142373785": "work", "+818069485109": "mobile", "+81275672488": "fax"},
            "websites": ["https://kobayashi.org"],
            "address": "Endo Bldg. 12F, 5-23-1 Akasaka, Minato-ku, Tokyo 107-0052",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-11-company-first",
        "Fujita Information Systems LLC\n"
        "MATSUMOTO Akemi\n"
        "Electronics engineer\n"
        "+81 90-5275-1737\n"
        "03-2598-4777\n"
        "E-mail: a.matsumoto@fujita.co.jp\n"
        "Maeda Bldg. 10F\n"
        "3-23-9 Tenjin, Chuo-ku\n"
        "Fukuoka 810-0001, Japan\n",
        {
            "name": "Matsumoto Akemi",
            "given_name": "Akemi",
            "family_name": "Matsumoto",
            "title": "Electronics engineer",
            "company": "Fujita Information Systems LLC",
            "emails": ["a.matsumoto@fujita.co.jp"],
            "phones": {"+819052751737": "mobile", "+81325984777": "work"},
            "address": "Maeda Bldg. 10F, 3-23-9 Tenjin, Chuo-ku, Fukuoka 810-0001, Japan",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-12-company-first",
        "Yamazaki Agriculture & Forestry Co., Ltd.\n"
        "INOUE Rei\n"
        "Haematologist\n"
        "TEL +81 595-46-4517\n"
        "Mobile 090-6213-7393\n"
        "E-mail: inoue@tanaka.jp\n"
        "3-27-2 Ginza, Chuo-ku, Tokyo 104-0061\n",
        {
            "name": "Inoue Rei",
            "given_name": "Rei",
            "family_name": "Inoue",
            "title": "Haematologist",
            "company": "Yamazaki Agriculture & Forestry Co., Ltd.",
            "emails": ["inoue@tanaka.jp"],
            "phones": {"+81595464517": "work", "+819062137393": "mobile"},
            "address": "3-27-2 Ginza, Chuo-ku, Tokyo 104-0061",
            "region": "JP",
        },
    ),
    (
        "b5-jajp-13-name-comma-title",
        "Naoko Sato, Designer, textile\n"
        "Saito Transport Corporation\n"
        "TEL +81 162-25-1931\n"
        "nsato10@gmail.com\n"
        "Hayashi Bldg. 9F, 8-15-18 Tenjin\n"
        "Chuo-ku, Fukuoka 810-0001\n",
        {
            "name": "Naoko Sato",
            "given_name": "Naoko",
            "family_name": "Sato",
            "title": "Designer, textile",
            "company": "Saito Transport Corporation",
            "emails": ["nsato10@gmail.com"],
            "phones": {"+81162251931": "work"},
            "address": "Hayashi Bldg. 9F, 8-15-18 Tenjin, Chuo-ku, Fukuoka 810-0001",
        },
    ),
]

OTHER: list[Case] = [
    (
        "b5-engb-01-classic",
        "Dr Kenneth Scott\n"
        "Nurse, adult\n"
        "Hughes LLC\n"
        "Direct: +44(0)1144960134\n"
        "Fax +44(0)114 496 0415\n"
        "E-mail: scott@hughes.co.uk\n"
        "Web: http://hughes.co.uk/en\n",
        {
            "name": "Kenneth Scott",
            "given_name": "Kenneth",
            "family_name": "Scott",
            "title": "Nurse, adult",
            "company": "Hughes LLC",
            "emails": ["scott@hughes.co.uk"],
            "phones": {"+441144960134": "work", "+441144960415": "fax"},
            "websites": ["https://hughes.co.uk/en"],
        },
    ),
    (
        "b5-engb-02-company-first",
        "Baker-Harding\n"
        "MISS RUTH JACKSON\n"
        "Teaching laboratory technician\n"
        "Direct: 0117 496 0542\n"
        "Tel: +44(0)1214960706\n"
        "ruth.jackson@baker.com\n"
        "W: www.baker.com\n"
        "621 Cameron Extensions, North Justin\n"
        "E5W 5BG\n",
        {
            "name": "Ruth Jackson",
            "given_name": "Ruth",
            "family_name": "Jackson",
            "title": "Teaching laboratory technician",
            "company": "Baker-Harding",
            "emails": ["ruth.jackson@baker.com"],
            "phones": {"+441174960542": "work", "+441214960706": "work"},
            "websites": ["https://www.baker.com"],
            "address": "621 Cameron Extensions, North Justin, E5W 5BG",
            "region": "GB",
        },
    ),
    (
        "b5-engb-03-company-first",
        "Rogers-Jones\n"
        "Ms Mandy Stevens\n"
        "Investment banker, corporate\n"
        "T: (0191) 4960850\n"
        "m.stevens@rogers.co.uk | www.rogers.co.uk\n"
        "Studio 3, Dylan Points\n"
        "Port Leslie M87 7WJ\n",
        {
            "name": "Mandy Stevens",
            "given_name": "Mandy",
            "family_name": "Stevens",
            "title": "Investment banker, corporate",
            "company": "Rogers-Jones",
            "emails": ["m.stevens@rogers.co.uk"],
            "phones": {"+441914960850": "work"},
            "websites": ["https://www.rogers.co.uk"],
            "address": "Studio 3, Dylan Points, Port Leslie M87 7WJ",
            "region": "GB",
        },
    ),
    (
        "b5-engb-04-no-title",
        "Christopher Jones\n"
        "Wright, Baker and Perkins\n"
        "Direct line: (029) 2018 0263 | Tel: +44(0)29 2018 0398\n"
        "christopher_jones@wrightbaker.co.uk\n"
        "5 Clive Harbor, Lake Jasmine\n"
        "L80 5AB\n",
        {
            "name": "Christopher Jones",
            "given_name": "Christopher",
            "family_name": "Jones",
            "title": None,
            "company": "Wright, Baker and Perkins",
            "emails": ["christopher_jones@wrightbaker.co.uk"],
            "phones": {"+442920180263": "work", "+442920180398": "work"},
            "address": "5 Clive Harbor, Lake Jasmine, L80 5AB",
            "region": "GB",
        },
    ),
    (
        "b5-engb-05-name-comma-title",
        "Francesca Owens, Occupational psychologist\n"
        "Short, Robinson and Lamb\n"
        "340 Roberts Way, Jonesburgh\n"
        "S7K 1NW\n"
        "United Kingdom\n"
        "Direct line: +441134960462\n"
        "Office: +441514960737\n"
        "Mail: f.owens@short-robinson.co.uk\n",
        {
            "name": "Francesca Owens",
            "given_name": "Francesca",
            "family_name": "Owens",
            "title": "Occupational psychologist",
            "company": "Short, Robinson and Lamb",
            "emails": ["f.owens@short-robinson.co.uk"],
            "phones": {"+441134960462": "work", "+441514960737": "work"},
            "address": "340 Roberts Way, Jonesburgh, S7K 1NW, United Kingdom",
        },
    ),
    (
        "b5-engb-06-name-pipe-title",
        "Teresa Wood | Electronics engineer\n"
        "Stone and Sons\n"
        "Direct line: +441514960131\n"
        "Main +441134960481\n"
        "E: teresaw@stone.uk\n"
        "801 Richardson Fork, Greenmouth\n"
        "HD3M 1PA\n",
        {
            "name": "Teresa Wood",
            "given_name": "Teresa",
            "family_name": "Wood",
            "title": "Electronics engineer",
            "company": "Stone and Sons",
            "emails": ["teresaw@stone.uk"],
            "phones": {"+441514960131": "work", "+441134960481": "work"},
            "address": "801 Richardson Fork, Greenmouth, HD3M 1PA",
        },
    ),
    (
        "b5-engb-07-classic",
        "Darren Evans\n"
        "Drilling engineer\n"
        "Jackson, Blake and Evans\n"
        "Direct: +44(0)161 4960737\n"
        "Main +44116 4960219\n"
        "devans@marshall-ball.com\n"
        "http://marshall-ball.com\n",
        {
            "name": "Darren Evans",
            "given_name": "Darren",
            "family_name": "Evans",
            "title": "Drilling engineer",
            "company": "Jackson, Blake and Evans",
            "emails": ["devans@marshall-ball.com"],
            "phones": {"+441614960737": "work", "+441164960219": "work"},
            "websites": ["https://marshall-ball.com"],
        },
    ),
    (
        "b5-engb-08-classic",
        "Ms Charlotte Smith\n"
        "Clinical research associate\n"
        "Thomas, Pearce and Martin\n"
        "E-mail: charlottes@thomas.com\n"
        "Direct line: 01214960365 | Tel: (0116)4960224\n"
        "182 Johnson Centers, Edwardsview\n"
        "NE3N 5JT\n",
        {
            "name": "Charlotte Smith",
            "given_name": "Charlotte",
            "family_name": "Smith",
            "title": "Clinical research associate",
            "company": "Thomas, Pearce and Martin",
            "emails": ["charlottes@thomas.com"],
            "phones": {"+441214960365": "work", "+441164960224": "work"},
            "address": "182 Johnson Centers, Edwardsview, NE3N 5JT",
            "region": "GB",
        },
    ),
    (
        "b5-engb-09-title-first",
        "Therapist, art\n"
        "Beverley Ahmed-Armstrong\n"
        "Gibson and Sons\n"
        "T +44(0)1514960852\n"
        "b.ahmed-armstrong@clayton-edwards.com\n"
        "Website: http://www.clayton-edwards.com/\n"
        "Flat 7, Raymond Pine\n"
        "Christianbury NR2 2SF\n",
        {
            "name": "Beverley Ahmed-Armstrong",
            "given_name": "Beverley",
            "family_name": "Ahmed-Armstrong",
            "title": "Therapist, art",
            "company": "Gibson and Sons",
            "emails": ["b.ahmed-armstrong@clayton-edwards.com"],
            "phones": {"+441514960852": "work"},
            "websites": ["https://www.clayton-edwards.com"],
            "address": "Flat 7, Raymond Pine, Christianbury NR2 2SF",
        },
    ),
    (
        "b5-enca-01-classic",
        "Nathaniel Davis\n"
        "Corporate investment banker\n"
        "Rogers PLC\n"
        "Ph: (416) 615-1281 x577\n"
        "Mobile (514) 399-2703\n"
        "Fax: 807-971-5092\n"
        "Email: ndavis@tran.com\n"
        "Web: tran.com\n"
        "443 Price Walks\n"
        "Port Sarahville, YT N1K7G1\n"
        "Canada\n",
        {
            "name": "Nathaniel Davis",
            "given_name": "Nathaniel",
            "family_name": "Davis",
            "title": "Corporate investment banker",
            "company": "Rogers PLC",
            "emails": ["ndavis@tran.com"],
            "phones": {"+14166151281": "work", "+15143992703": "mobile", "+18079715092": "fax"},
            "websites": ["https://tran.com"],
            "address": "443 Price Walks, Port Sarahville, YT N1K7G1, Canada",
            "region": "CA",
        },
    ),
    (
        "b5-enca-02-name-comma-title",
        "Lauren Bridges, Retail buyer\n"
        "Reed, Pierce and Morrison\n"
        "T. +1 (604) 378-7389\n"
        "M. 1 (807) 821-7337\n"
        "laurenb@reedpierce.ca\n"
        "W: www.reedpierce.ca\n",
        {
            "name": "Lauren Bridges",
            "given_name": "Lauren",
            "family_name": "Bridges",
            "title": "Retail buyer",
            "company": "Reed, Pierce and Morrison",
            "emails": ["laurenb@reedpierce.ca"],
            "phones": {"+16043787389": "work", "+18078217337": "mobile"},
            "websites": ["https://www.reedpierce.ca"],
            "region": "CA",
        },
    ),
    (
        "b5-enca-03-classic",
        "Jose Johnson\n"
        "Environmental education officer\n"
        "Howard, Pierce and Patrick\n"
        "T: 403-485-5452\n"
        "M: 672-587-0726\n"
        "F: 705.208.0427\n"
        "j.johnson5@yahoo.com\n"
        "8005 Parker Stream, Traceyshire, NB R1G 7B1\n",
        {
            "name": "Jose Johnson",
            "given_name": "Jose",
            "family_name": "Johnson",
            "title": "Environmental education officer",
            "company": "Howard, Pierce and Patrick",
            "emails": ["j.johnson5@yahoo.com"],
            "phones": {"+14034855452": "work", "+16725870726": "mobile", "+17052080427": "fax"},
            "address": "8005 Parker Stream, Traceyshire, NB R1G 7B1",
            "region": "CA",
        },
    ),
    (
        "b5-enca-04-title-first",
        "Amenity horticulturist\n"
        "Jacob Ingram\n"
        "Harris, Hamilton and Hinton\n"
        "Office: 1 (819) 828-6441\n"
        "Mob. +1 (604) 219-2729\n"
        "j.ingram@harris-hamilton.ca | http://www.harris-hamilton.ca\n"
        "1103 Williams Extensions\n"
        "Meltonton, NB B7J 9N5\n",
        {
            "name": "Jacob Ingram",
            "given_name": "Jacob",
            "family_name": "Ingram",
            "title": "Amenity horticulturist",
            "company": "Harris, Hamilton and Hinton",
            "emails": ["j.ingram@harris-hamilton.ca"],
            "phones": {"+18198286441": "work", "+16042192729": "mobile"},
            "websites": ["https://www.harris-hamilton.ca"],
            "address": "1103 Williams Extensions, Meltonton, NB B7J 9N5",
            "region": "CA",
        },
    ),
    (
        "b5-enca-05-name-comma-title",
        "William Hebert, Retail merchandiser\n"
        "Khan, West and Wilkinson\n"
        "Direct (782) 330-0147\n"
        "Cell: (873) 380-8482\n"
        "williamh@khan-west.com\n"
        "office@khan-west.com\n",
        {
            "name": "William Hebert",
            "given_name": "William",
            "family_name": "Hebert",
            "title": "Retail merchandiser",
            "company": "Khan, West and Wilkinson",
            "emails": ["williamh@khan-west.com", "office@khan-west.com"],
            "phones": {"+17823300147": "work", "+18733808482": "mobile"},
            "region": "CA",
        },
    ),
    (
        "b5-enca-06-company-first",
        "Smith, Carter and Rivera\n"
        "Amy Huang DDS\n"
        "Podiatrist\n"
        "Direct: (250) 444-4419 x902 · Main 780 485 4941\n"
        "Email: amyh@smith.ca\n"
        "http://smith.ca/\n"
        "26320 Johnson Track Apt. 368\n"
        "New Mary, NB K4L8Y2\n",
        {
            "name": "Amy Huang",
            "given_name": "Amy",
            "family_name": "Huang",
            "title": "Podiatrist",
            "company": "Smith, Carter and Rivera",
            "emails": ["amyh@smith.ca"],
            "phones": {"+12504444419": "work", "+17804854941": "work"},
            "websites": ["https://smith.ca"],
            "address": "26320 Johnson Track Apt. 368, New Mary, NB K4L8Y2",
            "region": "CA",
        },
    ),
    (
        "b5-enca-07-classic",
        "Kelly Khan\n"
        "Musician\n"
        "Hopkins Ltd\n"
        "6654 Monica Prairie Apt. 641\n"
        "Brandonburgh, SK K6S 9N8\n"
        "Canada\n"
        "T 705-975-7014 x436\n"
        "e: kellyk@yahoo.com\n",
        {
            "name": "Kelly Khan",
            "given_name": "Kelly",
            "family_name": "Khan",
            "title": "Musician",
            "company": "Hopkins Ltd",
            "emails": ["kellyk@yahoo.com"],
            "phones": {"+17059757014": "work"},
            "address": "6654 Monica Prairie Apt. 641, Brandonburgh, SK K6S 9N8, Canada",
            "region": "CA",
        },
    ),
    (
        "b5-enca-08-freelance",
        "Stephanie Gray\n"
        "Engineer, materials\n"
        "e: stephanie@graydesign.ca\n"
        "Tel. (365) 682-2095 x949\n"
        "Mobile (639) 627-5614\n"
        "9085 Fuentes Garden Apt. 140\n"
        "Stewartborough, MB N7M3T2\n",
        {
            "name": "Stephanie Gray",
            "given_name": "Stephanie",
            "family_name": "Gray",
            "title": "Engineer, materials",
            "company": None,
            "emails": ["stephanie@graydesign.ca"],
            "phones": {"+13656822095": "work", "+16396275614": "mobile"},
            "address": "9085 Fuentes Garden Apt. 140, Stewartborough, MB N7M3T2",
            "region": "CA",
        },
    ),
    (
        "b5-enau-01-title-pipe-company",
        "Anthony Miller\n"
        "Music tutor | Johnson-Cook\n"
        "Phone: +61-7-7114-3680\n"
        "Mob: +61.493.225.083\n"
        "Mail: anthony@osborne.com\n"
        "W: www.osborne.com\n"
        "656 Debra Key\n"
        "South Jamesborough, TAS, 0224\n",
        {
            "name": "Anthony Miller",
            "given_name": "Anthony",
            "family_name": "Miller",
            "title": "Music tutor",
            "company": "Johnson-Cook",
            "emails": ["anthony@osborne.com"],
            "phones": {"+61771143680": "work", "+61493225083": "mobile"},
            "websites": ["https://www.osborne.com"],
            "address": "656 Debra Key, South Jamesborough, TAS, 0224",
        },
    ),
    (
        "b5-enau-02-title-first",
        "Scientist, physiological\n"
        "Heather Martin\n"
        "Evans, Welch and Oconnor\n"
        "T: (03)-9917-5513\n"
        "M: 0407.909.074\n"
        "F: 07.5492.2749\n"
        "heather_martin@evans.com\n"
        "https://evans.com\n"
        "96 Erica Port\n"
        "Justinmouth, NSW, 5365\n",
        {
            "name": "Heather Martin",
            "given_name": "Heather",
            "family_name": "Martin",
            "title": "Scientist, physiological",
            "company": "Evans, Welch and Oconnor",
            "emails": ["heather_martin@evans.com"],
            "phones": {"+61399175513": "work", "+61407909074": "mobile", "+61754922749": "fax"},
            "websites": ["https://evans.com"],
            "address": "96 Erica Port, Justinmouth, NSW, 5365",
            "region": "AU",
        },
    ),
    (
        "b5-enau-03-company-bottom",
        "Veronica Nelson\n"
        "Social researcher\n"
        "Tel. 02.8616.9237\n"
        "Mobile: 0463 922 149\n"
        "E-mail: v.nelson@williamsaguilar.au\n"
        "Williams, Aguilar and Kim\n"
        "5 Valencia Wynd\n"
        "East Jonathan, SA, 2953\n",
        {
            "name": "Veronica Nelson",
            "given_name": "Veronica",
            "family_name": "Nelson",
            "title": "Social researcher",
            "company": "Williams, Aguilar and Kim",
            "emails": ["v.nelson@williamsaguilar.au"],
            "phones": {"+61286169237": "work", "+61463922149": "mobile"},
            "address": "5 Valencia Wynd, East Jonathan, SA, 2953",
            "region": "AU",
        },
    ),
    (
        "b5-enau-04-company-bottom",
        "Maria Sexton\n"
        "Geographical information systems officer\n"
        "Direct +61 3 7781 6127   Office: 08-9127-8986\n"
        "maria.sexton@baker.com\n"
        "http://www.baker.com/\n"
        "Lane-Johnson\n",
        {
            "name": "Maria Sexton",
            "given_name": "Maria",
            "family_name": "Sexton",
            "title": "Geographical information systems officer",
            "company": "Lane-Johnson",
            "emails": ["maria.sexton@baker.com"],
            "phones": {"+61377816127": "work", "+61891278986": "work"},
            "websites": ["https://www.baker.com"],
            "region": "AU",
        },
    ),
    (
        "b5-enau-05-company-first",
        "Walsh, Kim and Gonzales\n"
        "Patty Hanna\n"
        "IT consultant\n"
        "patty.hanna24@yahoo.com.au\n"
        "T 07-8164-1327\n"
        "Suite 125 2 Martinez Circlet\n"
        "Tammyland, ACT, 2691\n"
        "Australia\n",
        {
            "name": "Patty Hanna",
            "given_name": "Patty",
            "family_name": "Hanna",
            "title": "IT consultant",
            "company": "Walsh, Kim and Gonzales",
            "emails": ["patty.hanna24@yahoo.com.au"],
            "phones": {"+61781641327": "work"},
            "address": "Suite 125 2 Martinez Circlet, Tammyland, ACT, 2691, Australia",
            "region": "AU",
        },
    ),
    (
        "b5-enau-06-no-title",
        "Emma Haley\n"
        "YOUNG-ROBERTS\n"
        "Optimized reciprocal interface\n"
        "Mobile 0422 977 905\n"
        "Mail: emma.haley@hotmail.com.au\n"
        "Mail: office@davis.com.au\n",
        {
            "name": "Emma Haley",
            "given_name": "Emma",
            "family_name": "Haley",
            "title": None,
            "company": "Young-Roberts",
            "emails": ["emma.haley@hotmail.com.au", "office@davis.com.au"],
            "phones": {"+61422977905": "mobile"},
            "region": "AU",
        },
    ),
    (
        "b5-enau-07-freelance",
        "Jennifer Lee\n"
        "Homeopath\n"
        "T +61.3.3218.6347\n"
        "jenniferl@leestudio.com\n"
        "Web: www.leestudio.com\n"
        "Level 4 378 Jennifer Ramp\n"
        "Hillport, NT, 2230\n",
        {
            "name": "Jennifer Lee",
            "given_name": "Jennifer",
            "family_name": "Lee",
            "title": "Homeopath",
            "company": None,
            "emails": ["jenniferl@leestudio.com"],
            "phones": {"+61332186347": "work"},
            "websites": ["https://www.leestudio.com"],
            "address": "Level 4 378 Jennifer Ramp, Hillport, NT, 2230",
        },
    ),
    (
        "b5-enau-08-name-comma-title",
        "Jason Knox, Records manager\n"
        "Davis-Johnson\n"
        "Visionary discrete product\n"
        "T: +61.3.5877.4365\n"
        "M: 0426.323.768\n"
        "F: +61 7 7578 6108\n"
        "jason_knox@hurst.com\n"
        "www.hurst.com\n"
        "284/96 Pennington Close, Ianborough, QLD, 2697\n",
        {
            "name": "Jason Knox",
            "given_name": "Jason",
            "family_name": "Knox",
            "title": "Records manager",
            "company": "Davis-Johnson",
            "emails": ["jason_knox@hurst.com"],
            "phones": {"+61358774365": "work", "+61426323768": "mobile", "+61775786108": "fax"},
            "websites": ["https://www.hurst.com"],
            "address": "284/96 Pennington Close, Ianborough, QLD, 2697",
            "region": "AU",
        },
    ),
    (
        "b5-enin-01-classic",
        "Maanas Dewan\n"
        "Glass blower/designer\n"
        "Chad-Choudhry\n"
        "Phone: +915218791990\n"
        "Mob. +918539235937\n"
        "Fax: 05196311356\n"
        "maanas_dewan@chad.in\n",
        {
            "name": "Maanas Dewan",
            "given_name": "Maanas",
            "family_name": "Dewan",
            "title": "Glass blower/designer",
            "company": "Chad-Choudhry",
            "emails": ["maanas_dewan@chad.in"],
            "phones": {"+915218791990": "work", "+918539235937": "mobile", "+915196311356": "fax"},
            "region": "IN",
        },
    ),
    (
        "b5-enin-02-name-comma-title",
        "Vaishnavi Sahni, Programmer, multimedia\n"
        "CHAR-AGARWAL\n"
        "23/754, Barman Road, Rewa 937084\n"
        "T. +912162246858\n"
        "M. 8790308631\n"
        "vaishnavi_sahni@char.in\n",
        {
            "name": "Vaishnavi Sahni",
            "given_name": "Vaishnavi",
            "family_name": "Sahni",
            "title": "Programmer, multimedia",
            "company": "Char-Agarwal",
            "emails": ["vaishnavi_sahni@char.in"],
            "phones": {"+912162246858": "work", "+918790308631": "mobile"},
            "address": "23/754, Barman Road, Rewa 937084",
            "region": "IN",
        },
    ),
    (
        "b5-enin-03-classic",
        "Sara Chad\n"
        "Facilities manager\n"
        "Dhar-Sibal\n"
        "schad@dhar.in | dhar.in\n"
        "Cell: 6319665518\n"
        "H.No. 137\n"
        "Kaul Nagar, Baranagar 286092\n",
        {
            "name": "Sara Chad",
            "given_name": "Sara",
            "family_name": "Chad",
            "title": "Facilities manager",
            "company": "Dhar-Sibal",
            "emails": ["schad@dhar.in"],
            "phones": {"+916319665518": "mobile"},
            "websites": ["https://dhar.in"],
            "address": "H.No. 137, Kaul Nagar, Baranagar 286092",
            "region": "IN",
        },
    ),
    (
        "b5-enin-04-company-first",
        "Bal, Pau and Sagar\n"
        "Assimilated methodical array\n"
        "Mahika Nagi\n"
        "IT consultant\n"
        "Ph: +915447529147 | Mobile: 07852036147\n"
        "Email: nagi@chacko-kapoor.com\n",
        {
            "name": "Mahika Nagi",
            "given_name": "Mahika",
            "family_name": "Nagi",
            "title": "IT consultant",
            "company": "Bal, Pau and Sagar",
            "emails": ["nagi@chacko-kapoor.com"],
            "phones": {"+915447529147": "work", "+917852036147": "mobile"},
            "region": "IN",
        },
    ),
    (
        "b5-enin-05-company-only",
        "Gandhi, Rout and Prashad\n"
        "H.No. 459, Ravel Path, Howrah-687327\n"
        "T: 5189595642\n"
        "info@gandhirout.co.in\n"
        "www.gandhirout.co.in\n",
        {
            "name": None,
            "title": None,
            "company": "Gandhi, Rout and Prashad",
            "emails": ["info@gandhirout.co.in"],
            "phones": {"+915189595642": "work"},
            "websites": ["https://www.gandhirout.co.in"],
            "address": "H.No. 459, Ravel Path, Howrah-687327",
            "region": "IN",
        },
    ),
    (
        "b5-enin-06-classic",
        "Jagdish Arya\n"
        "Water engineer\n"
        "Dora-Kant\n"
        "Mobile: +917779794253\n"
        "E-mail: jagdish.arya@dora.in\n"
        "E-mail: sales@dora.in\n"
        "Web: www.dora.in\n",
        {
            "name": "Jagdish Arya",
            "given_name": "Jagdish",
            "family_name": "Arya",
            "title": "Water engineer",
            "company": "Dora-Kant",
            "emails": ["jagdish.arya@dora.in", "sales@dora.in"],
            "phones": {"+917779794253": "mobile"},
            "websites": ["https://www.dora.in"],
        },
    ),
    (
        "b5-enin-07-classic",
        "Utkarsh Badal\n"
        "Building surveyor\n"
        "HAYRE-BHAGAT\n"
        "Mail: ubadal@yahoo.com\n"
        "Website: www.hayre.co.in\n"
        "T 06540725706\n"
        "M +917769311986\n"
        "27/148, Warrior Street, Bhalswa Jahangir Pur 721425\n",
        {
            "name": "Utkarsh Badal",
            "given_name": "Utkarsh",
            "family_name": "Badal",
            "title": "Building surveyor",
            "company": "Hayre-Bhagat",
            "emails": ["ubadal@yahoo.com"],
            "phones": {"+916540725706": "work", "+917769311986": "mobile"},
            "websites": ["https://www.hayre.co.in"],
            "address": "27/148, Warrior Street, Bhalswa Jahangir Pur 721425",
            "region": "IN",
        },
    ),
    (
        "b5-enin-08-company-first",
        "Subramanian PLC\n"
        "Guneet Kakar\n"
        "Immigration officer\n"
        "T: 4364630320\n"
        "M: +917490924838\n"
        "F: 02569261434\n"
        "Email: guneet.kakar@subramanian.co.in\n"
        "65/88, Bhatti Street\n"
        "Raipur-110269\n"
        "India\n",
        {
            "name": "Guneet Kakar",
            "given_name": "Guneet",
            "family_name": "Kakar",
            "title": "Immigration officer",
            "company": "Subramanian PLC",
            "emails": ["guneet.kakar@subramanian.co.in"],
            "phones": {"+914364630320": "work", "+917490924838": "mobile", "+912569261434": "fax"},
            "address": "65/88, Bhatti Street, Raipur-110269, India",
            "region": "IN",
        },
    ),
    (
        "b5-dede-01-no-title",
        "Annita Seidel B.Sc.\n"
        "Oestrovsky Gertz GmbH\n"
        "Zdenka-Wähner-Allee 8036\n"
        "33532 Güstrow\n"
        "Cell 01793 646591\n"
        "E-Mail: annita_seidel@oestrovsky.de\n",
        {
            "name": "Annita Seidel",
            "given_name": "Annita",
            "family_name": "Seidel",
            "title": None,
            "company": "Oestrovsky Gertz GmbH",
            "emails": ["annita_seidel@oestrovsky.de"],
            "phones": {"+491793646591": "mobile"},
            "address": "Zdenka-Wähner-Allee 8036, 33532 Güstrow",
            "region": "DE",
        },
    ),
    (
        "b5-dede-02-name-comma-title",
        "Dimitri Fritsch, Mechaniker\n"
        "LADECK WINKLER GMBH\n"
        "Tel.: 0386010250\n"
        "Mobil +49 (0) 1727 223262\n"
        "Fax: 05762325279\n"
        "fritsch@gmail.com | ladeck.com\n"
        "Textorstraße 5-4, 29983 Dinslaken\n",
        {
            "name": "Dimitri Fritsch",
            "given_name": "Dimitri",
            "family_name": "Fritsch",
            "title": "Mechaniker",
            "company": "Ladeck Winkler GmbH",
            "emails": ["fritsch@gmail.com"],
            "phones": {"+49386010250": "work", "+491727223262": "mobile", "+495762325279": "fax"},
            "websites": ["https://ladeck.com"],
            "address": "Textorstraße 5-4, 29983 Dinslaken",
            "region": "DE",
        },
    ),
    (
        "b5-dede-03-company-only",
        "Finke Preiß AG & Co. KGaA\n"
        "Gotthard-Rust-Straße 51/32\n"
        "88748 Tecklenburg\n"
        "Mob. +49(0)1633 925753  Direct +49(0)2517 20648\n"
        "sales@schenk.org | www.schenk.org\n",
        {
            "name": None,
            "title": None,
            "company": "Finke Preiß AG & Co. KGaA",
            "emails": ["sales@schenk.org"],
            "phones": {"+491633925753": "mobile", "+49251720648": "work"},
            "websites": ["https://www.schenk.org"],
            "address": "Gotthard-Rust-Straße 51/32, 88748 Tecklenburg",
        },
    ),
    (
        "b5-dede-04-company-first",
        "Ritter GmbH & Co. KGaA\n"
        "Wolf-Rüdiger Weinhold\n"
        "Medizininformatiker\n"
        "Mobile +49(0)1731921466 | Office: (08682) 83678\n"
        "E-Mail: wolf-rudiger.weinhold@ritter.de\n"
        "Anneliese-Juncken-Gasse 16\n"
        "83948 Donaueschingen\n",
        {
            "name": "Wolf-Rüdiger Weinhold",
            "given_name": "Wolf-Rüdiger",
            "family_name": "Weinhold",
            "title": "Medizininformatiker",
            "company": "Ritter GmbH & Co. KGaA",
            "emails": ["wolf-rudiger.weinhold@ritter.de"],
            "phones": {"+491731921466": "mobile", "+49868283678": "work"},
            "address": "Anneliese-Juncken-Gasse 16, 83948 Donaueschingen",
            "region": "DE",
        },
    ),
    (
        "b5-dede-05-freelance",
        "Tomas Ehlert\n"
        "Pilot\n"
        "Telefon: (07461) 670228\n"
        "Fax +49(0)7321661567\n"
        "tomas.ehlert@ehlert.com | www.ehlert.com\n"
        "Kreuselring 31-36\n"
        "37336 Kamenz\n",
        {
            "name": "Tomas Ehlert",
            "given_name": "Tomas",
            "family_name": "Ehlert",
            "title": "Pilot",
            "company": None,
            "emails": ["tomas.ehlert@ehlert.com"],
            "phones": {"+497461670228": "work", "+497321661567": "fax"},
            "websites": ["https://www.ehlert.com"],
            "address": "Kreuselring 31-36, 37336 Kamenz",
            "region": "DE",
        },
    ),
    (
        "b5-dede-06-classic",
        "Krista Rose-Heintze\n"
        "Mathematiker\n"
        "Gorlitz e.G.\n"
        "Phone: +49(0)7437 369197   Fax 02848 76385\n"
        "krista.rose-heintze@gorlitz.com\n",
        {
            "name": "Krista Rose-Heintze",
            "given_name": "Krista",
            "family_name": "Rose-Heintze",
            "title": "Mathematiker",
            "company": "Gorlitz e.G.",
            "emails": ["krista.rose-heintze@gorlitz.com"],
            "phones": {"+497437369197": "work", "+49284876385": "fax"},
            "region": "DE",
        },
    ),
    (
        "b5-dede-07-name-comma-title",
        "Dr. Ortrud Häring B.A., Bankkaufmann\n"
        "Mies AG\n"
        "Tel. +49(0)6903 521208\n"
        "Handy: +49(0)1749592059\n"
        "E-Mail: ortrud@mies.com\n"
        "https://mies.com/team\n"
        "Beiergasse 969\n"
        "89104 Rochlitz\n"
        "Deutschland\n",
        {
            "name": "Ortrud Häring",
            "given_name": "Ortrud",
            "family_name": "Häring",
            "title": "Bankkaufmann",
            "company": "Mies AG",
            "emails": ["ortrud@mies.com"],
            "phones": {"+496903521208": "work", "+491749592059": "mobile"},
            "websites": ["https://mies.com/team"],
            "address": "Beiergasse 969, 89104 Rochlitz, Deutschland",
        },
    ),
    (
        "b5-dede-08-title-pipe-company",
        "KRISTIANE BOLANDER-FECHNER\n"
        "Mechaniker | Gnatz Bähr Stiftung & Co. KG\n"
        "06167971273\n"
        "(01761) 290894\n"
        "kristiane.bolander-fechner@gnatzbahr.com | http://www.gnatzbahr.com\n"
        "Adina-Döhn-Platz 1/2\n"
        "15493 Zschopau\n"
        "Deutschland\n",
        {
            "name": "Kristiane Bolander-Fechner",
            "given_name": "Kristiane",
            "family_name": "Bolander-Fechner",
            "title": "Mechaniker",
            "company": "Gnatz Bähr Stiftung & Co. KG",
            "emails": ["kristiane.bolander-fechner@gnatzbahr.com"],
            "phones": {"+496167971273": "work", "+491761290894": "mobile"},
            "websites": ["https://www.gnatzbahr.com"],
            "address": "Adina-Döhn-Platz 1/2, 15493 Zschopau, Deutschland",
            "region": "DE",
        },
    ),
    (
        "b5-frfr-01-company-first",
        "Fabre Riou SARL\n"
        "Dorothée Fischer\n"
        "technicien biologiste\n"
        "T: +33 (0)4 37 74 30 62\n"
        "M: +33 (0)6 98 90 87 27\n"
        "Email: dorotheef@club-internet.fr\n"
        "61, rue de Diallo\n"
        "72711 Lévy\n",
        {
            "name": "Dorothée Fischer",
            "given_name": "Dorothée",
            "family_name": "Fischer",
            "title": "technicien biologiste",
            "company": "Fabre Riou SARL",
            "emails": ["dorotheef@club-internet.fr"],
            "phones": {"+33437743062": "work", "+33698908727": "mobile"},
            "address": "61, rue de Diallo, 72711 Lévy",
        },
    ),
    (
        "b5-frfr-02-title-first",
        "Moniteur-éducateur\n"
        "SUSANNE BONNIN\n"
        "GARNIER SA\n"
        "299, avenue Morel\n"
        "27110 Colletboeuf\n"
        "Direct 03 23 83 01 28\n"
        "Office: +33 4 56 66 70 37\n"
        "E-mail: bonnin@gimenez.fr\n"
        "http://www.gimenez.fr/\n",
        {
            "name": "Susanne Bonnin",
            "given_name": "Susanne",
            "family_name": "Bonnin",
            "title": "Moniteur-éducateur",
            "company": "Garnier SA",
            "emails": ["bonnin@gimenez.fr"],
            "phones": {"+33323830128": "work", "+33456667037": "work"},
            "websites": ["https://www.gimenez.fr"],
            "address": "299, avenue Morel, 27110 Colletboeuf",
            "region": "FR",
        },
    ),
    (
        "b5-frfr-03-company-first",
        "Delorme S.A.R.L.\n"
        "Paul Techer\n"
        "Opticien-lunetier\n"
        "Direct +33 4 56 62 97 26\n"
        "Main +33 (0)2 40 04 12 30\n"
        "E-mail: paul@da.org\n"
        "http://da.org\n"
        "372, chemin de Dupré\n"
        "72530 Sainte Agathe\n",
        {
            "name": "Paul Techer",
            "given_name": "Paul",
            "family_name": "Techer",
            "title": "Opticien-lunetier",
            "company": "Delorme S.A.R.L.",
            "emails": ["paul@da.org"],
            "phones": {"+33456629726": "work", "+33240041230": "work"},
            "websites": ["https://da.org"],
            "address": "372, chemin de Dupré, 72530 Sainte Agathe",
        },
    ),
    (
        "b5-frfr-04-no-title",
        "Arnaude Gros Le Fleury\n"
        "Hoarau et Fils\n"
        "Direct: 05 56 26 20 69\n"
        "arnaude.fleury@hoarau.fr\n"
        "Web: www.hoarau.fr\n",
        {
            "name": "Arnaude Gros Le Fleury",
            "given_name": "Arnaude",
            "title": None,
            "company": "Hoarau et Fils",
            "emails": ["arnaude.fleury@hoarau.fr"],
            "phones": {"+33556262069": "work"},
            "websites": ["https://www.hoarau.fr"],
            "region": "FR",
        },
    ),
    (
        "b5-frfr-05-classic",
        "Laurence Gilbert-Mendès\n"
        "Responsable de scierie\n"
        "Marques\n"
        "Tel: +33 4 27 73 56 76\n"
        "https://marques.fr\n"
        "927, chemin Nathalie Courtois, 29442 CharrierVille\n",
        {
            "name": "Laurence Gilbert-Mendès",
            "given_name": "Laurence",
            "family_name": "Gilbert-Mendès",
            "title": "Responsable de scierie",
            "company": "Marques",
            "emails": [],
            "phones": {"+33427735676": "work"},
            "websites": ["https://marques.fr"],
            "address": "927, chemin Nathalie Courtois, 29442 CharrierVille",
        },
    ),
    (
        "b5-frfr-06-name-comma-title",
        "Éric Foucher, orthoptiste\n"
        "Laurent\n"
        "La possibilité de concrétiser vos projets à sa source\n"
        "61, chemin de Guillot\n"
        "59533 Ferrand\n"
        "Tel. 0353963475\n"
        "Fax +33 2 78 81 12 52\n"
        "eric.foucher@sfr.fr\n"
        "http://laurent.com/\n",
        {
            "name": "Éric Foucher",
            "given_name": "Éric",
            "family_name": "Foucher",
            "title": "orthoptiste",
            "company": "Laurent",
            "emails": ["eric.foucher@sfr.fr"],
            "phones": {"+33353963475": "work", "+33278811252": "fax"},
            "websites": ["https://laurent.com"],
            "address": "61, chemin de Guillot, 59533 Ferrand",
            "region": "FR",
        },
    ),
    (
        "b5-frfr-07-freelance",
        "Manon Besnard de la Maillet\n"
        "Assistant réalisateur réalisatrice\n"
        "T. +33 (0)3 68 89 32 52\n"
        "M. +33 6 31 45 60 24\n"
        "manon.maillet@maillet.fr\n"
        "https://www.maillet.fr/about\n"
        "71, rue Zacharie Chauvin\n"
        "90673 Richard-sur-Denis\n",
        {
            "name": "Manon Besnard de la Maillet",
            "given_name": "Manon",
            "title": "Assistant réalisateur réalisatrice",
            "company": None,
            "emails": ["manon.maillet@maillet.fr"],
            "phones": {"+33368893252": "work", "+33631456024": "mobile"},
            "websites": ["https://www.maillet.fr/about"],
            "address": "71, rue Zacharie Chauvin, 90673 Richard-sur-Denis",
        },
    ),
    (
        "b5-frfr-08-title-first",
        "Dépanneur en électroménager\n"
        "Guillaume du Raynaud\n"
        "Pruvost et Fils\n"
        "Tél. : +33 3 65 38 89 20 • Mob. : +33 (0)6 33 69 35 41\n"
        "Fax : +33 1 88 40 75 14\n"
        "graynaud@hotmail.fr\n",
        {
            "name": "Guillaume du Raynaud",
            "given_name": "Guillaume",
            "family_name": "du Raynaud",
            "title": "Dépanneur en électroménager",
            "company": "Pruvost et Fils",
            "emails": ["graynaud@hotmail.fr"],
            "phones": {"+33365388920": "work", "+33633693541": "mobile", "+33188407514": "fax"},
        },
    ),
    (
        "b5-eses-01-freelance",
        "Lara Sanmiguel\n"
        "Operador de instalaciones de refinación de petróleo y gas natural\n"
        "Avenida de Tomasa Lucena 37\n"
        "Álava, 03559\n"
        "España\n"
        "Tel.: +34 943 852 805 • Móvil: +34 724 973 891\n"
        "Email: lara_sanmiguel@sanmiguelstudio.es\n"
        "http://www.sanmiguelstudio.es/about/\n",
        {
            "name": "Lara Sanmiguel",
            "given_name": "Lara",
            "family_name": "Sanmiguel",
            "title": "Operador de instalaciones de refinación de petróleo y gas natural",
            "company": None,
            "emails": ["lara_sanmiguel@sanmiguelstudio.es"],
            "phones": {"+34943852805": "work", "+34724973891": "mobile"},
            "websites": ["https://www.sanmiguelstudio.es/about"],
            "address": "Avenida de Tomasa Lucena 37, Álava, 03559, España",
        },
    ),
    (
        "b5-eses-02-company-first",
        "Soluciones UK S.L.N.E\n"
        "Milagros Catalán Casanova\n"
        "Ebanista\n"
        "Plaza de Lucas Pardo 21\n"
        "León, 39890\n"
        "Direct +34 887 11 07 93\n"
        "Mobile: +34748890386\n"
        "Email: milagros@soluciones.es\n"
        "W: https://soluciones.es/about\n",
        {
            "name": "Milagros Catalán Casanova",
            "given_name": "Milagros",
            "title": "Ebanista",
            "company": "Soluciones UK S.L.N.E",
            "emails": ["milagros@soluciones.es"],
            "phones": {"+34887110793": "work", "+34748890386": "mobile"},
            "websites": ["https://soluciones.es/about"],
            "address": "Plaza de Lucas Pardo 21, León, 39890",
        },
    ),
    (
        "b5-eses-03-classic",
        "Ligia Bellido Tudela\n"
        "Analista financiero\n"
        "Cloe López Enríquez S.A.D\n"
        "Direct: +34 988 90 68 23\n"
        "Office: +34 826 901 805\n"
        "ltudela@cloe.es\n",
        {
            "name": "Ligia Bellido Tudela",
            "given_name": "Ligia",
            "title": "Analista financiero",
            "company": "Cloe López Enríquez S.A.D",
            "emails": ["ltudela@cloe.es"],
            "phones": {"+34988906823": "work", "+34826901805": "work"},
        },
    ),
    (
        "b5-eses-04-classic",
        "Lope de Iriarte\n"
        "Limpiador y asistente doméstico\n"
        "Manufacturas del Levante S.L.N.E\n"
        "Email: lopei@manufacturas.com\n"
        "Website: https://manufacturas.com\n"
        "M +34 723 852 370\n"
        "T +34986 384 029\n"
        "Vial de Feliciano Tejada 74 Puerta 6\n"
        "Cantabria, 28610\n",
        {
            "name": "Lope de Iriarte",
            "given_name": "Lope",
            "family_name": "de Iriarte",
            "title": "Limpiador y asistente doméstico",
            "company": "Manufacturas del Levante S.L.N.E",
            "emails": ["lopei@manufacturas.com"],
            "phones": {"+34723852370": "mobile", "+34986384029": "work"},
            "websites": ["https://manufacturas.com"],
            "address": "Vial de Feliciano Tejada 74 Puerta 6, Cantabria, 28610",
        },
    ),
    (
        "b5-eses-05-company-bottom",
        "Gilberto Puga Macias\n"
        "Mecánico y reparador de máquinas agrícolas e industriales\n"
        "Tel.: +34888 449 365\n"
        "Móv. +34 712 528 218\n"
        "Fax: +34 826 910 013\n"
        "Mail: gilberto@familia.com\n"
        "Website: http://www.familia.com\n"
        "Familia Piñol S.L.N.E\n"
        "Vial de Trini Briones 78 Apt. 01\n"
        "Jaén, 13811\n",
        {
            "name": "Gilberto Puga Macias",
            "given_name": "Gilberto",
            "title": "Mecánico y reparador de máquinas agrícolas e industriales",
            "company": "Familia Piñol S.L.N.E",
            "emails": ["gilberto@familia.com"],
            "phones": {"+34888449365": "work", "+34712528218": "mobile", "+34826910013": "fax"},
            "websites": ["https://www.familia.com"],
            "address": "Vial de Trini Briones 78 Apt. 01, Jaén, 13811",
        },
    ),
    (
        "b5-eses-06-name-comma-title",
        "Florina Garzón, Dibujante técnico\n"
        "Talavera y Lobo S.Com.\n"
        "Adaptive 6thgeneration matrices\n"
        "Glorieta de Carlos Tejedor 829 Apt. 76, Salamanca, 24301\n"
        "Direct +34828 44 57 53\n"
        "florinag@talavera.com\n"
        "contact@talavera.com\n"
        "https://www.talavera.com\n",
        {
            "name": "Florina Garzón",
            "given_name": "Florina",
            "family_name": "Garzón",
            "title": "Dibujante técnico",
            "company": "Talavera y Lobo S.Com.",
            "emails": ["florinag@talavera.com", "contact@talavera.com"],
            "phones": {"+34828445753": "work"},
            "websites": ["https://www.talavera.com"],
            "address": "Glorieta de Carlos Tejedor 829 Apt. 76, Salamanca, 24301",
        },
    ),
    (
        "b5-eses-07-name-comma-title",
        "Tiburcio Folch Portero, Fabricante de instrumentos musicales\n"
        "Minería Integrales S.L.\n"
        "User-centric neutral frame\n"
        "Tel.: +34928 044 616\n"
        "Móvil: +34723 184 896\n"
        "Email: tiburcio.portero@mineriaintegrales.com\n"
        "Email: sales@mineriaintegrales.com\n",
        {
            "name": "Tiburcio Folch Portero",
            "given_name": "Tiburcio",
            "title": "Fabricante de instrumentos musicales",
            "company": "Minería Integrales S.L.",
            "emails": ["tiburcio.portero@mineriaintegrales.com", "sales@mineriaintegrales.com"],
            "phones": {"+34928044616": "work", "+34723184896": "mobile"},
        },
    ),
    (
        "b5-itit-01-company-only",
        "Bocca, Querini e Puglisi s.r.l.\n"
        "Parallelismo proattiva ibrida\n"
        "Tel. 0702829196\n"
        "Cell. +39 3454999913\n"
        "Fax +39 032153438\n"
        "E: contact@boccaquerini.it\n"
        "Website: www.boccaquerini.it\n"
        "Piazza Tiepolo, 884\n"
        "40022, Sassoleone (BO)\n",
        {
            "name": None,
            "title": None,
            "company": "Bocca, Querini e Puglisi s.r.l.",
            "emails": ["contact@boccaquerini.it"],
            "phones": {"+390702829196": "work", "+393454999913": "mobile", "+39032153438": "fax"},
            "websites": ["https://www.boccaquerini.it"],
            "address": "Piazza Tiepolo, 884, 40022, Sassoleone (BO)",
            "region": "IT",
        },
    ),
    (
        "b5-itit-02-company-first",
        "Cesarotti, Varano e Battisti e figli\n"
        "Struttura versatile coerente\n"
        "LANDO TERRAGNI\n"
        "Therapist, art\n"
        "T +39 0925657936 | M 375566190\n"
        "F 0107207311\n"
        "lando@giovine.it\n"
        "Piazza Brancaccio, 91 Piano 7\n"
        "20053, Rodano (MI)\n",
        {
            "name": "Lando Terragni",
            "given_name": "Lando",
            "family_name": "Terragni",
            "title": "Therapist, art",
            "company": "Cesarotti, Varano e Battisti e figli",
            "emails": ["lando@giovine.it"],
            "phones": {"+390925657936": "work", "+39375566190": "mobile", "+390107207311": "fax"},
            "address": "Piazza Brancaccio, 91 Piano 7, 20053, Rodano (MI)",
            "region": "IT",
        },
    ),
    (
        "b5-itit-03-company-first",
        "Pavone, Morandini e Beffa SPA\n"
        "Olga Borsiere-Trentin\n"
        "Set designer\n"
        "Cell. 3783497989 | Tel: 018396817\n"
        "borsiere-trentin38@vodafone.it\n"
        "www.pavone.com\n"
        "Strada Luca, 9\n"
        "50060, Londa (FI)\n"
        "Italia\n",
        {
            "name": "Olga Borsiere-Trentin",
            "given_name": "Olga",
            "family_name": "Borsiere-Trentin",
            "title": "Set designer",
            "company": "Pavone, Morandini e Beffa SPA",
            "emails": ["borsiere-trentin38@vodafone.it"],
            "phones": {"+393783497989": "mobile", "+39018396817": "work"},
            "websites": ["https://www.pavone.com"],
            "address": "Strada Luca, 9, 50060, Londa (FI), Italia",
            "region": "IT",
        },
    ),
    (
        "b5-itit-04-name-pipe-title",
        "Michela Donini-Corbo | IT technical support officer\n"
        "Passalacqua, Zaguri e Guariento SPA\n"
        "Mail: michela.donini-corbo@raurica.it\n"
        "Web: http://www.raurica.it/\n"
        "Cell: 333357784\n"
        "Tel. 0851978392\n"
        "Strada Fallaci, 3\n"
        "85057, Tramutola (PZ)\n",
        {
            "name": "Michela Donini-Corbo",
            "given_name": "Michela",
            "family_name": "Donini-Corbo",
            "title": "IT technical support officer",
            "company": "Passalacqua, Zaguri e Guariento SPA",
            "emails": ["michela.donini-corbo@raurica.it"],
            "phones": {"+39333357784": "mobile", "+390851978392": "work"},
            "websites": ["https://www.raurica.it"],
            "address": "Strada Fallaci, 3, 85057, Tramutola (PZ)",
            "region": "IT",
        },
    ),
    (
        "b5-itit-05-company-only",
        "Vismara, Morpurgo e Navone e figli\n"
        "Tel: +39 013150423\n"
        "Mob: +39 3369867644\n"
        "Email: info@vismaramorpurgo.it\n"
        "www.vismaramorpurgo.it\n"
        "Strada Elvira, 4 Piano 0, 72021, Capece Bax (BR)\n",
        {
            "name": None,
            "title": None,
            "company": "Vismara, Morpurgo e Navone e figli",
            "emails": ["info@vismaramorpurgo.it"],
            "phones": {"+39013150423": "work", "+393369867644": "mobile"},
            "websites": ["https://www.vismaramorpurgo.it"],
            "address": "Strada Elvira, 4 Piano 0, 72021, Capece Bax (BR)",
        },
    ),
    (
        "b5-itit-06-company-first",
        "Adinolfi, Segni e Trentin Group\n"
        "Uberto Farina-Tonisto\n"
        "Freight forwarder\n"
        "Office 073738311 · Mob: 330907188\n"
        "Fax: +39 088163541\n"
        "e: uberto@adinolfi.com\n"
        "Web: adinolfi.com\n",
        {
            "name": "Uberto Farina-Tonisto",
            "given_name": "Uberto",
            "family_name": "Farina-Tonisto",
            "title": "Freight forwarder",
            "company": "Adinolfi, Segni e Trentin Group",
            "emails": ["uberto@adinolfi.com"],
            "phones": {"+39073738311": "work", "+39330907188": "mobile", "+39088163541": "fax"},
            "websites": ["https://adinolfi.com"],
            "region": "IT",
        },
    ),
    (
        "b5-itit-07-company-first",
        "ANICHINI GROUP\n"
        "Data-warehouse implementata impattante\n"
        "Griselda Lupo-Odescalchi\n"
        "Intelligence analyst\n"
        "Phone: +39 0517975086\n"
        "Fax: +39 037557352\n"
        "g.lupo-odescalchi@virgilio.it\n"
        "http://anichini.it\n",
        {
            "name": "Griselda Lupo-Odescalchi",
            "given_name": "Griselda",
            "family_name": "Lupo-Odescalchi",
            "title": "Intelligence analyst",
            "company": "Anichini Group",
            "emails": ["g.lupo-odescalchi@virgilio.it"],
            "phones": {"+390517975086": "work", "+39037557352": "fax"},
            "websites": ["https://anichini.it"],
        },
    ),
    (
        "b5-nlnl-01-name-comma-title",
        "Dex Welf-van Duivenvoorde, Retail manager\n"
        "Achmea\n"
        "Tel. (045) 1573734 • Mobile: +3163 5516338\n"
        "Fax 040 3076886\n"
        "dexd@achmea.nl | achmea.nl\n"
        "Floortjedreef 1\n"
        "6723 LL Veendam\n",
        {
            "name": "Dex Welf-van Duivenvoorde",
            "given_name": "Dex",
            "title": "Retail manager",
            "company": "Achmea",
            "emails": ["dexd@achmea.nl"],
            "phones": {"+31451573734": "work", "+31635516338": "mobile", "+31403076886": "fax"},
            "websites": ["https://achmea.nl"],
            "address": "Floortjedreef 1, 6723 LL Veendam",
            "region": "NL",
        },
    ),
    (
        "b5-nlnl-02-company-first",
        "Stichting van Gorp\n"
        "Mirthe Westermann\n"
        "Water engineer\n"
        "Direct +31363-299389 | Mob. +31(0)642-350497\n"
        "Email: mirthew@stichting.nl\n"
        "Email: office@stichting.nl\n"
        "Website: www.stichting.nl\n"
        "Sophialaan 74\n"
        "2487HL Rijsenhout\n"
        "Nederland\n",
        {
            "name": "Mirthe Westermann",
            "given_name": "Mirthe",
            "family_name": "Westermann",
            "title": "Water engineer",
            "company": "Stichting van Gorp",
            "emails": ["mirthew@stichting.nl", "office@stichting.nl"],
            "phones": {"+31363299389": "work", "+31642350497": "mobile"},
            "websites": ["https://www.stichting.nl"],
            "address": "Sophialaan 74, 2487HL Rijsenhout, Nederland",
        },
    ),
    (
        "b5-nlnl-03-company-first",
        "Bertho & Genefaas\n"
        "Naud Texier\n"
        "Mechanical engineer\n"
        "texier@berthogenefaas.com\n"
        "Phone: +31532 003539\n"
        "Mob: +31634-525374\n"
        "Fax: 0559 956176\n"
        "Isabellaweg 627\n"
        "7896 ZY Brantgum\n",
        {
            "name": "Naud Texier",
            "given_name": "Naud",
            "family_name": "Texier",
            "title": "Mechanical engineer",
            "company": "Bertho & Genefaas",
            "emails": ["texier@berthogenefaas.com"],
            "phones": {"+31532003539": "work", "+31634525374": "mobile", "+31559956176": "fax"},
            "address": "Isabellaweg 627, 7896 ZY Brantgum",
            "region": "NL",
        },
    ),
    (
        "b5-nlnl-04-title-first",
        "Teacher, special educational needs\n"
        "Esmee le Briel\n"
        "VDL Group\n"
        "T. +31(0)561 488363\n"
        "F. 050-1132925\n"
        "briel@gmail.com | hendricks.biz\n"
        "Majasteeg 241\n"
        "8143IV Pijnacker\n",
        {
            "name": "Esmee le Briel",
            "given_name": "Esmee",
            "family_name": "le Briel",
            "title": "Teacher, special educational needs",
            "company": "VDL Group",
            "emails": ["briel@gmail.com"],
            "phones": {"+31561488363": "work", "+31501132925": "fax"},
            "websites": ["https://hendricks.biz"],
            "address": "Majasteeg 241, 8143IV Pijnacker",
            "region": "NL",
        },
    ),
    (
        "b5-nlnl-05-company-only",
        "Royal van der Heijden\n"
        "E: office@royalvan.nl\n"
        "Website: www.royalvan.nl/en\n"
        "Direct: (0454) 899408\n"
        "Office: +31337-908119\n"
        "Ninasingel 2\n"
        "2872VE Weesp\n",
        {
            "name": None,
            "title": None,
            "company": "Royal van der Heijden",
            "emails": ["office@royalvan.nl"],
            "phones": {"+31454899408": "work", "+31337908119": "work"},
            "websites": ["https://www.royalvan.nl/en"],
            "address": "Ninasingel 2, 2872VE Weesp",
            "region": "NL",
        },
    ),
    (
        "b5-nlnl-06-classic",
        "Bryan Jansen\n"
        "Youth worker\n"
        "TEN BRINKE\n"
        "Tel. 049 9257203\n"
        "E-mail: bryan.jansen95@gmail.com\n"
        "http://www.ten.nl/team/\n"
        "Kimbaan 9, 4733LF, Bontebok\n",
        {
            "name": "Bryan Jansen",
            "given_name": "Bryan",
            "family_name": "Jansen",
            "title": "Youth worker",
            "company": "Ten Brinke",
            "emails": ["bryan.jansen95@gmail.com"],
            "phones": {"+31499257203": "work"},
            "websites": ["https://www.ten.nl/team"],
            "address": "Kimbaan 9, 4733LF, Bontebok",
            "region": "NL",
        },
    ),
    (
        "b5-nlnl-07-title-first",
        "Administrator, charities/voluntary organisations\n"
        "Laurens van der Maes-Aarden\n"
        "Stook & Perrono\n"
        "T. 018-3670498\n"
        "M. +3164-6679756\n"
        "Web: https://stookperrono.nl\n"
        "Sofiepad 75\n"
        "5816 PY Burdaard\n",
        {
            "name": "Laurens van der Maes-Aarden",
            "given_name": "Laurens",
            "family_name": "van der Maes-Aarden",
            "title": "Administrator, charities/voluntary organisations",
            "company": "Stook & Perrono",
            "emails": [],
            "phones": {"+31183670498": "work", "+31646679756": "mobile"},
            "websites": ["https://stookperrono.nl"],
            "address": "Sofiepad 75, 5816 PY Burdaard",
            "region": "NL",
        },
    ),
    (
        "b5-ptbr-01-company-first",
        "Nunes Ltda.\n"
        "Ian Garcia\n"
        "Diretor de produção\n"
        "Praça Pinto, 172, Europa\n"
        "93699962 da Costa do Oeste / SE\n"
        "Phone +55 67 5740-5014\n"
        "Mobile: +55 71 91006-5058\n"
        "iang@alves.com.br\n"
        "www.alves.com.br\n",
        {
            "name": "Ian Garcia",
            "given_name": "Ian",
            "family_name": "Garcia",
            "title": "Diretor de produção",
            "company": "Nunes Ltda.",
            "emails": ["iang@alves.com.br"],
            "phones": {"+556757405014": "work", "+5571910065058": "mobile"},
            "websites": ["https://www.alves.com.br"],
            "address": "Praça Pinto, 172, Europa, 93699962 da Costa do Oeste / SE",
        },
    ),
    (
        "b5-ptbr-02-name-pipe-title",
        "Rebeca da Cruz | Analista de mídias sociais\n"
        "Mendonça S.A.\n"
        "Fone: +55 31 2454-7457\n"
        "rebeca.cruz@mendonca.com\n"
        "Website: www.mendonca.com\n"
        "Vale Vitor Gabriel da Paz, 98, Vila Santo Antônio\n"
        "27829-860 Barbosa Grande / RO\n",
        {
            "name": "Rebeca da Cruz",
            "given_name": "Rebeca",
            "family_name": "da Cruz",
            "title": "Analista de mídias sociais",
            "company": "Mendonça S.A.",
            "emails": ["rebeca.cruz@mendonca.com"],
            "phones": {"+553124547457": "work"},
            "websites": ["https://www.mendonca.com"],
            "address": "Vale Vitor Gabriel da Paz, 98, Vila Santo Antônio, 27829-860 Barbosa Grande / RO",
        },
    ),
    (
        "b5-ptbr-03-title-first",
        "Doula\n"
        "Mariah Cunha\n"
        "Caldeira Ltda.\n"
        "e: mariah.cunha27@hotmail.com\n"
        "caldeira.com\n"
        "Tel.: +55 53 2477-1936\n"
        "Cel. +55 49 90110-0166\n"
        "Fax: +55 83 4557-2682\n"
        "Travessa Bella Viana, Tupi B\n"
        "13476430 Nascimento / RS\n",
        {
            "name": "Mariah Cunha",
            "given_name": "Mariah",
            "family_name": "Cunha",
            "title": "Doula",
            "company": "Caldeira Ltda.",
            "emails": ["mariah.cunha27@hotmail.com"],
            "phones": {"+555324771936": "work", "+5549901100166": "mobile", "+558345572682": "fax"},
            "websites": ["https://caldeira.com"],
            "address": "Travessa Bella Viana, Tupi B, 13476430 Nascimento / RS",
        },
    ),
    (
        "b5-ptbr-04-freelance",
        "Diogo Silva\n"
        "Agente fiscal têxtil\n"
        "diogo.silva@silvaconsulting.com.br | www.silvaconsulting.com.br\n"
        "Direct: 42 3512-0294 • Tel: +55 93 4454-5611\n"
        "Esplanada da Luz, 39, Renascença, 54779-206 Vargas / RO\n",
        {
            "name": "Diogo Silva",
            "given_name": "Diogo",
            "family_name": "Silva",
            "title": "Agente fiscal têxtil",
            "company": None,
            "emails": ["diogo.silva@silvaconsulting.com.br"],
            "phones": {"+554235120294": "work", "+559344545611": "work"},
            "websites": ["https://www.silvaconsulting.com.br"],
            "address": "Esplanada da Luz, 39, Renascença, 54779-206 Vargas / RO",
            "region": "BR",
        },
    ),
    (
        "b5-ptbr-05-classic",
        "Thiago da Cunha\n"
        "Técnico em confecções do vestuário\n"
        "da Paz\n"
        "Fone: +55 27 5441-3718 · Cel. +55 75 91330-4915\n"
        "thiagoc@rodrigues.edu.br | www.rodrigues.edu.br\n",
        {
            "name": "Thiago da Cunha",
            "given_name": "Thiago",
            "family_name": "da Cunha",
            "title": "Técnico em confecções do vestuário",
            "company": "da Paz",
            "emails": ["thiagoc@rodrigues.edu.br"],
            "phones": {"+552754413718": "work", "+5575913304915": "mobile"},
            "websites": ["https://www.rodrigues.edu.br"],
        },
    ),
    (
        "b5-ptbr-06-no-title",
        "Ana Cecília da Luz\n"
        "da Costa - EI\n"
        "Fone: +55 22 3881-4014\n"
        "Celular: +55 22 97926-5787\n"
        "E: luz@da.com.br\n"
        "W: https://da.com.br\n"
        "Rodovia Yuri Guerra, 241, Silveira, 47092842 Lima / TO\n",
        {
            "name": "Ana Cecília da Luz",
            "family_name": "da Luz",
            "title": None,
            "company": "da Costa - EI",
            "emails": ["luz@da.com.br"],
            "phones": {"+552238814014": "work", "+5522979265787": "mobile"},
            "websites": ["https://da.com.br"],
            "address": "Rodovia Yuri Guerra, 241, Silveira, 47092842 Lima / TO",
        },
    ),
    (
        "b5-ptbr-07-title-pipe-company",
        "Mathias Leão\n"
        "Instrutor de aprendizagem e treinamento agropecuário | Fernandes\n"
        "Direct: 46 4507-1017 | Main +55 99 3911-2768\n"
        "mathias@fernandes.com | fernandes.com\n"
        "Alameda Viana, 22, Acaba Mundo\n"
        "06994-221 Peixoto / PB\n",
        {
            "name": "Mathias Leão",
            "given_name": "Mathias",
            "family_name": "Leão",
            "title": "Instrutor de aprendizagem e treinamento agropecuário",
            "company": "Fernandes",
            "emails": ["mathias@fernandes.com"],
            "phones": {"+554645071017": "work", "+559939112768": "work"},
            "websites": ["https://fernandes.com"],
            "address": "Alameda Viana, 22, Acaba Mundo, 06994-221 Peixoto / PB",
            "region": "BR",
        },
    ),
    (
        "b5-enph-01-freelance",
        "Mr. Andrew Hoffman\n"
        "Barrister's clerk\n"
        "Direct 02-3170-2324\n"
        "Office: 02-7736-5825\n"
        "Mail: hoffman@hoffmanconsulting.com\n"
        "963 Schaefer Drive, Pambujan, 4203 La Union, Philippines\n",
        {
            "name": "Andrew Hoffman",
            "given_name": "Andrew",
            "family_name": "Hoffman",
            "title": "Barrister's clerk",
            "company": None,
            "emails": ["hoffman@hoffmanconsulting.com"],
            "phones": {"+63231702324": "work", "+63277365825": "work"},
            "address": "963 Schaefer Drive, Pambujan, 4203 La Union, Philippines",
            "region": "PH",
        },
    ),
    (
        "b5-enph-02-name-comma-title",
        "Todd Baker, Civil engineer, consulting\n"
        "HAG Construction Corporation\n"
        "B15 L95 Anubing Cove Phase 1, 50th Road, Bagac, 7418 Lanao del Norte\n"
        "Tel. 02-8483-8439\n"
        "Cell: +63930-363-1631\n"
        "Fax 02-6671-0162\n"
        "Mail: todd.baker@hag.com.ph\n"
        "http://www.hag.com.ph/\n",
        {
            "name": "Todd Baker",
            "given_name": "Todd",
            "family_name": "Baker",
            "title": "Civil engineer, consulting",
            "company": "HAG Construction Corporation",
            "emails": ["todd.baker@hag.com.ph"],
            "phones": {"+63284838439": "work", "+639303631631": "mobile", "+63266710162": "fax"},
            "websites": ["https://www.hag.com.ph"],
            "address": "B15 L95 Anubing Cove Phase 1, 50th Road, Bagac, 7418 Lanao del Norte",
            "region": "PH",
        },
    ),
    (
        "b5-enph-03-name-comma-title",
        "Wendy Mitchell, Quality manager\n"
        "GWDO Liberty Genesis Properties Inc.\n"
        "6804 Gloriosa Road, Caraballo Cove 7, Maragondon, 6766 Bohol\n"
        "Phone 02-5558-5021\n"
        "Mob. +63955-203-9961\n"
        "E-mail: wendy_mitchell@gwdoliberty.com.ph\n",
        {
            "name": "Wendy Mitchell",
            "given_name": "Wendy",
            "family_name": "Mitchell",
            "title": "Quality manager",
            "company": "GWDO Liberty Genesis Properties Inc.",
            "emails": ["wendy_mitchell@gwdoliberty.com.ph"],
            "phones": {"+63255585021": "work", "+639552039961": "mobile"},
            "address": "6804 Gloriosa Road, Caraballo Cove 7, Maragondon, 6766 Bohol",
            "region": "PH",
        },
    ),
    (
        "b5-enph-04-title-first",
        "Accountant, chartered\n"
        "Ann Campbell\n"
        "UZRA Empire Technologies Inc.\n"
        "ann_campbell@uzraempire.com\n"
        "http://www.uzraempire.com/\n"
        "T: 02-8295-3847\n"
        "F: 083-354-3720\n"
        "9773I Peridot Street, Talisayan\n"
        "7546 Agusan del Sur\n",
        {
            "name": "Ann Campbell",
            "given_name": "Ann",
            "family_name": "Campbell",
            "title": "Accountant, chartered",
            "company": "UZRA Empire Technologies Inc.",
            "emails": ["ann_campbell@uzraempire.com"],
            "phones": {"+63282953847": "work", "+63833543720": "fax"},
            "websites": ["https://www.uzraempire.com"],
            "address": "9773I Peridot Street, Talisayan, 7546 Agusan del Sur",
            "region": "PH",
        },
    ),
    (
        "b5-enph-05-title-first",
        "Geoscientist\n"
        "Christopher Warren\n"
        "LPUL Holdings Inc.\n"
        "Cloned 24hour Local Area Network\n"
        "30 16th Road, Taguig\n"
        "0661 Metro Manila\n"
        "T +632-7359-0404\n"
        "M +63970-564-4112\n"
        "F 02-3283-2664\n"
        "christopher@lpul.com.ph\n"
        "info@lpul.com.ph\n",
        {
            "name": "Christopher Warren",
            "given_name": "Christopher",
            "family_name": "Warren",
            "title": "Geoscientist",
            "company": "LPUL Holdings Inc.",
            "emails": ["christopher@lpul.com.ph", "info@lpul.com.ph"],
            "phones": {"+63273590404": "work", "+639705644112": "mobile", "+63232832664": "fax"},
            "address": "30 16th Road, Taguig, 0661 Metro Manila",
            "region": "PH",
        },
    ),
    (
        "b5-enph-06-name-comma-title",
        "Jesse Hernandez, Astronomer\n"
        "BUMS Foods Corporation\n"
        "T. 02-7463-6840\n"
        "M. 0930-672-7954\n"
        "F. 087-114-5438\n"
        "W: www.bumsfoods.com\n"
        "818 I Peridot Drive Extension, Pasig, 1466 Metro Manila\n",
        {
            "name": "Jesse Hernandez",
            "given_name": "Jesse",
            "family_name": "Hernandez",
            "title": "Astronomer",
            "company": "BUMS Foods Corporation",
            "emails": [],
            "phones": {"+63274636840": "work", "+639306727954": "mobile", "+63871145438": "fax"},
            "websites": ["https://www.bumsfoods.com"],
            "address": "818 I Peridot Drive Extension, Pasig, 1466 Metro Manila",
            "region": "PH",
        },
    ),
]
