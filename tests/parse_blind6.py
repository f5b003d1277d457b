"""A sixth blind hold-out of card texts -> expected contact fields, made with the Mimesis library.

Written by a helper that read neither the parser (ocr/) nor the earlier tables (only the module docstring of
tests/parse_blind5.py, for the data format and conventions, and the public contract in CONTRACT.md). The
texts come from a throwaway generator (not in the repo) built on Mimesis 22.2.0 (not Faker) with seed 6262
and phonenumbers 9.0.43, imitating a third party that prints Mimesis contacts onto cards:
- locales: Mimesis `en` (60 cards, `US`), `ja` (14 cards, `JP`) and `OTHER` (76 cards): `en-gb` 9, `en-au` 8,
  `en-ca` 8, `de` 9, `fr` 8, `es` 7, `it` 7, `nl` 5, `pt-br` 5, plus 10 hand-made cards with romanized
  Korean, Chinese, Hong Kong, Singapore and Taiwan names (Kim Min-jun, Zhang Wei, Chan Tai Man, Tan Wei Ming,
  ...), hand-written companies and real-looking addresses.
- fields from Mimesis: `Person.first_name` / `last_name` by gender (a Spanish name sometimes gets a second
  surname, a Brazilian one a second family name; first names with an apostrophe, and non-ASCII ones in the
  English locales, were re-drawn), `Person.occupation` as the title, printed as Mimesis gives it
  ("Jewellery", "Motor Racing", "Chargé de mission ENR (énergies renouvelables)"; German and French "Arzt /
  Ärztin" forms cut to one gender), `Person.email` for some free-mail handles (`usda1840@outlook.com`),
  `Finance.company` (plus a legal form when it had none: `Finance.company_type(abbr=True)` or a local one
  such as Pty Ltd, Ltda.), `Address.address` / `city` / `postal_code` / `state(abbr=True)`, which Mimesis
  mixes freely, so an Australian card may read "Imperial Beach NT 4708" and British postcodes look like "JY5W
  9OC" (printed as is), `Internet.hostname` for about one domain in eight (unrelated to the company:
  `routine.guitars`, `fence.page`), `Text.quote` for a few taglines (the rest are hand-written, one list per
  language).
- Mimesis `ja` gives kanji, so Japanese names come from hand lists of 40 common family and 40 given names,
  printed given-family ("Kenji Suzuki"), with the family name in capitals first or last ("YAMADA Eri",
  "Hiroshi KOBAYASHI"), or family-first without capitals ("Goto Keiko"); companies are hand-built ("Meiwa
  Kogyo Corporation", "Kyowa Foods Co., Ltd.", "Meiwa Kensetsu K.K."); addresses are real districts,
  romanized, with a matching area code; occupations come from Mimesis `en`.
- phone numbers: built digit by digit per country from real area codes and mobile prefixes (US 212, 415, 312,
  ...; CA 416, 604, ...; UK 020 7, 0121, 0161, 07xxx; DE 030, 089, 0221, 015x, 017x; FR 01-05, 06, 07; ES 91,
  93, 6xx; IT 02, 06, 011, 3xx; NL 020, 010, 06; BR (11) 3xxx-xxxx, (11) 9xxxx-xxxx; JP 03, 06, 045, 052,
  070/080/090; AU 02, 03, 07, 08, 04; KR 02, 051, 010; CN 010, 021, 0755, 13x/15x/18x; HK; SG; TW) and kept
  only when `phonenumbers` calls them valid for that country: fixed-line (or fixed-line-or-mobile) for work
  and fax, mobile (or either) for mobile. Printed in national styles ("(212) 736-2000", "212.736.2000", "030
  / 1234567", "0151 12345678", "01.42.68.53.00", "06-12345678", "(11) 98765-4321", "03-1234-5678") or
  international ones ("+1-212-736-2000", "+44 (0)20 7946 0123", "+49 (0)170 2047719", "+81 (0)3-6635-7345");
  three US work numbers carry an extension ("ext. 214", "ext 5521") that the expected E.164 leaves out.
- labels, drawn from: Tel, Tel:, Tel., Phone, Phone:, Ph., Ph:, T, T., T:, Office, Office:, Direct:, Direct
  Line, Direct Line:, Mobile, Mobile:, Cell, Cell:, M, M., M:, Mob., HP, HP:, H.P., Fax, Fax:, F, F., F:,
  local ones (Telefon, Mobil, Handy, Tél., Tél :, Standard, Portable, Port., Teléfono:, Tlf., Móvil,
  Telefono, Cell., Cellulare, Telefoon, Mobiel, Fone, Cel., Celular, TEL, FAX, DID) or none; two phones on
  one line, or a phone and the email on one line, joined by " | ", " · " or spaces; email and website
  sometimes share a line.
- emails match the person at the company's domain (first.last@, flast@, first_last@, first@, last.first@,
  f.last@, firstl@); some are free-mail (gmail.com, gmx.de, orange.fr, libero.it, uol.com.br, yahoo.co.jp,
  ...); some cards add info@ / contact@ / kontakt@ / sales@ after the person's address; company-only cards
  carry only such a role address. Websites use the email's domain (bare, `www.`, `http://`, `https://`, a
  trailing slash or a short path).
- layouts: name, title, company; company first (sometimes with a tagline); title above the name; "Name |
  Title"; "Name, Title"; company printed last, after the address; company and address first; "Title |
  Company"; no title; no company (freelancers); company only (no person); ALL-CAPS names and companies;
  honorifics and post-nominals (Dr., Dott., Ing., ir., PhD, MBA, CPA, CFA; "Jalisa Lowery CFA, Health
  Service").
- light OCR noise on 48 cards (the ids containing `-noisy`), on name, title, company, address and tagline
  lines only (never an email, phone or website line): a stray "|", "© " or "' " at the start of a line, a
  doubled space, an "l" read as "I" inside a word ("TraveI Agent", "GreteI Vega Molina"), a dropped period
  (address or tagline), "rn" <-> "m" (taglines only). A name line gets at most one character of noise. The
  expected values are what the card really says (the parser is expected to see through the noise).
Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164 to
kind; `websites` are in the API's normalised form ("https://host[/path]", `www.` kept as printed, no trailing
slash); `region` is the country of the numbers printed without a leading + (left out when every number has
one).

Conventions (as in tests/parse_blind5.py):
- `name` as printed, without honorifics or post-nominals; ALL-CAPS names are stored title-cased. `given_name`
  / `family_name` are left out when the split is ambiguous: a double surname (Spanish "Merino Moreno",
  Brazilian "Barnett Lozano"); a particle stays with the family name ("van Kijsvelltt"). Japanese names: the
  word in capitals is the family name ("YAMADA Eri" -> name "Yamada Eri", given "Eri", family "Yamada");
  "Kenji Suzuki" is given-family; a family-first name without capitals ("Goto Keiko") expects the true split
  (family "Goto", a common surname from the list). Korean and Chinese names keep the printed order in `name`
  and expect the true split: "Kim Min-jun" and "PARK Ji-hoon" (family Kim, Park), "Zhang Wei", "Chan Tai Man"
  (given "Tai Man"), "Tan Wei Ming" (given "Wei Ming"); "Seo-yeon Lee" and "Fang Wang" are given-family.
- an ALL-CAPS company is printed only when title-casing gives back Mimesis's own spelling, and is expected in
  that spelling (`FIRST MAJESTIC SILVER INC.` -> "First Majestic Silver Inc."); a legal form is part of the
  company ("Co., Ltd.", "GmbH & Co. KG", "S.r.l.").
- a company-only card expects name and title null; a card without a company line expects company null; a card
  without a title expects title null.
- phone kinds: Tel, Phone, Ph., T, Office, Direct, Direct Line, Standard, DID, Fone, Tlf., Telefon, Telefono,
  Telefoon and an unlabelled landline -> work; Mobile, Cell, M, Mob., HP, H.P., Mobil, Handy, Portable,
  Port., Móvil, Cell., Cellulare, Mobiel, Cel., Celular -> mobile; Fax/F -> fax; an unlabelled number in a
  mobile-only range (JP 070/080/090, KR 010, BR 9xxxx, NL 06, DE 015x/017x, UK 07, HK 5/6/9) -> mobile, an
  unlabelled US/CA number -> work.
- taglines are neither title nor company; `address` is the printed address lines joined with ", " (a country
  line included when printed) and is compared loosely (same words); a card without an address leaves it out.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = [
    (
        "b6-us-01-stack",
        (
            "Bernard Cohen\n"
            "Jewellery\n"
            "Amtrak\n"
            "Learn. Earn. Return.\n"
            "Office (619) 578-4691\n"
            "Mobile (773) 231-9340\n"
            "cohen.bernard@amtrak.net\n"
            "100 Faith Glen, Rockville, OH 02052"
        ),
        {
            "name": "Bernard Cohen",
            "given_name": "Bernard",
            "family_name": "Cohen",
            "title": "Jewellery",
            "company": "Amtrak",
            "emails": ["cohen.bernard@amtrak.net"],
            "phones": {"+16195784691": "work", "+17732319340": "mobile"},
            "websites": [],
            "address": "100 Faith Glen, Rockville, OH 02052",
            "region": "US",
        },
    ),
    (
        "b6-us-02-company-first-ext-noisy",
        (
            "Dynegy Group\n"
            "Engineering  tomorrow, today\n"
            "ArnoIdo Warner\n"
            "Medical  Officer\n"
            "T. 202.486.8307 ext. 214\n"
            "arnoldo.warner@dynegy.com\n"
            "1120 Camellia Walk, Lumberton, AZ 31114"
        ),
        {
            "name": "Arnoldo Warner",
            "given_name": "Arnoldo",
            "family_name": "Warner",
            "title": "Medical Officer",
            "company": "Dynegy Group",
            "emails": ["arnoldo.warner@dynegy.com"],
            "phones": {"+12024868307": "work"},
            "websites": [],
            "address": "1120 Camellia Walk, Lumberton, AZ 31114",
            "region": "US",
        },
    ),
    (
        "b6-us-03-address-top-caps-name-freemail",
        (
            "Fabrik Inc.\n"
            "1070 Mayfair Bend\n"
            "South Lake Tahoe, MD 22837\n"
            "CLAYTON PETTY\n"
            "Telex Operator\n"
            "Mob. 310 671 5343\n"
            "Email: usda1840@outlook.com\n"
            "Web: fabrik.com"
        ),
        {
            "name": "Clayton Petty",
            "given_name": "Clayton",
            "family_name": "Petty",
            "title": "Telex Operator",
            "company": "Fabrik Inc.",
            "emails": ["usda1840@outlook.com"],
            "phones": {"+13106715343": "mobile"},
            "websites": ["https://fabrik.com"],
            "address": "1070 Mayfair Bend, South Lake Tahoe, MD 22837",
            "region": "US",
        },
    ),
    (
        "b6-us-04-pipe-noisy",
        (
            "|Winter Walsh | Shelf Filler\n"
            "Allen Organ Company\n"
            "|881 Castle Loop, Coral Springs, CA 46281\n"
            "(214) 581-5512\n"
            "E-Mail: winter.walsh@allen-organ.com"
        ),
        {
            "name": "Winter Walsh",
            "given_name": "Winter",
            "family_name": "Walsh",
            "title": "Shelf Filler",
            "company": "Allen Organ Company",
            "emails": ["winter.walsh@allen-organ.com"],
            "phones": {"+12145815512": "work"},
            "websites": [],
            "address": "881 Castle Loop, Coral Springs, CA 46281",
            "region": "US",
        },
    ),
    (
        "b6-us-05-title-above",
        (
            "Green Keeper\n"
            "Noma Walters\n"
            "Idea Infinity\n"
            "Cell: (619) 426-4367\n"
            "612-703-4341\n"
            "Email: nwalters@ideainfinity.com\n"
            "www.ideainfinity.com/team\n"
            "1235 Grote Landing, Albertville, MO 29076"
        ),
        {
            "name": "Noma Walters",
            "given_name": "Noma",
            "family_name": "Walters",
            "title": "Green Keeper",
            "company": "Idea Infinity",
            "emails": ["nwalters@ideainfinity.com"],
            "phones": {"+16194264367": "mobile", "+16127034341": "work"},
            "websites": ["https://www.ideainfinity.com/team"],
            "address": "1235 Grote Landing, Albertville, MO 29076",
            "region": "US",
        },
    ),
    (
        "b6-us-06-address-top-noisy",
        (
            "| Biggby Coffee Group\n"
            "1355 Nido Field\n"
            "Clearfield, OR 88675\n"
            "Markita Cortez\n"
            "|Herbalist\n"
            "Tel: +1 (619) 458-6869\n"
            "markita.cortez@biggbycoffee.co\n"
            "info@biggbycoffee.co"
        ),
        {
            "name": "Markita Cortez",
            "given_name": "Markita",
            "family_name": "Cortez",
            "title": "Herbalist",
            "company": "Biggby Coffee Group",
            "emails": ["markita.cortez@biggbycoffee.co", "info@biggbycoffee.co"],
            "phones": {"+16194586869": "work"},
            "websites": [],
            "address": "1355 Nido Field, Clearfield, OR 88675",
        },
    ),
    (
        "b6-us-07-company-last",
        (
            "Gerardo Hull\n"
            "Baptist Minister\n"
            "Mob. (702) 283-7026\n"
            "e. gerardo.hull@titania.net\n"
            "748 Stoneridge Expressway, Unit 5\n"
            "Fort Walton Beach, NJ 23707\n"
            "Titania LLC"
        ),
        {
            "name": "Gerardo Hull",
            "given_name": "Gerardo",
            "family_name": "Hull",
            "title": "Baptist Minister",
            "company": "Titania LLC",
            "emails": ["gerardo.hull@titania.net"],
            "phones": {"+17022837026": "mobile"},
            "websites": [],
            "address": "748 Stoneridge Expressway, Unit 5, Fort Walton Beach, NJ 23707",
            "region": "US",
        },
    ),
    (
        "b6-us-08-company-only-phone-email-line",
        (
            "Landskip Yard Care\n"
            "873 South Hill Manor\n"
            "Alhambra, OK 21541\n"
            "Ph. 404.377.3873 | contact@landskip.co\n"
            "W. www.landskip.co"
        ),
        {
            "name": None,
            "title": None,
            "company": "Landskip Yard Care",
            "emails": ["contact@landskip.co"],
            "phones": {"+14043773873": "work"},
            "websites": ["https://www.landskip.co"],
            "address": "873 South Hill Manor, Alhambra, OK 21541",
            "region": "US",
        },
    ),
    (
        "b6-us-09-stack",
        (
            "Twanna Glass\n"
            "Baggage Handler\n"
            "Whirlpool Corporation\n"
            "Office (512) 486-1673\n"
            "F 702-284-7441\n"
            "twanna.glass@whirlpool.com\n"
            "whirlpool.com\n"
            "514 Valparaiso Road, Suite 210\n"
            "Newburyport, WV 89970"
        ),
        {
            "name": "Twanna Glass",
            "given_name": "Twanna",
            "family_name": "Glass",
            "title": "Baggage Handler",
            "company": "Whirlpool Corporation",
            "emails": ["twanna.glass@whirlpool.com"],
            "phones": {"+15124861673": "work", "+17022847441": "fax"},
            "websites": ["https://whirlpool.com"],
            "address": "514 Valparaiso Road, Suite 210, Newburyport, WV 89970",
            "region": "US",
        },
    ),
    (
        "b6-us-10-comma-ext",
        (
            "Greg Morin, Laundry Worker\n"
            "Winnebago Industries LLC\n"
            "T. 503-518-0255 ext 5521\n"
            "M. 404-857-3651\n"
            "E-Mail: gregm@winnebago.com\n"
            "Website: www.winnebago.com/\n"
            "16 Cochrane Row\n"
            "Lake Elsinore, IA 83964"
        ),
        {
            "name": "Greg Morin",
            "given_name": "Greg",
            "family_name": "Morin",
            "title": "Laundry Worker",
            "company": "Winnebago Industries LLC",
            "emails": ["gregm@winnebago.com"],
            "phones": {"+15035180255": "work", "+14048573651": "mobile"},
            "websites": ["https://www.winnebago.com"],
            "address": "16 Cochrane Row, Lake Elsinore, IA 83964",
            "region": "US",
        },
    ),
    (
        "b6-us-11-pipe",
        (
            "Marybelle Hudson | Translator\n"
            "BB&T Corporation\n"
            "709 Golden Pass, Floor 12, New Brunswick, TN 62214\n"
            "M (412) 991-8547\n"
            "Phone +1 (212) 707-6287\n"
            "F: 615-828-8051\n"
            "Email: mhudson@bbt.com\n"
            "W: bbt.com"
        ),
        {
            "name": "Marybelle Hudson",
            "given_name": "Marybelle",
            "family_name": "Hudson",
            "title": "Translator",
            "company": "BB&T Corporation",
            "emails": ["mhudson@bbt.com"],
            "phones": {"+14129918547": "mobile", "+12127076287": "work", "+16158288051": "fax"},
            "websites": ["https://bbt.com"],
            "address": "709 Golden Pass, Floor 12, New Brunswick, TN 62214",
            "region": "US",
        },
    ),
    (
        "b6-us-12-pipe",
        (
            "Jimmy Strong | Share Dealer\n"
            "Westat LLP\n"
            "1149 Gilbert Pass\n"
            "Round Lake, TX 35034\n"
            "Mob. 404-848-3683\n"
            "Tel: 773-806-8706\n"
            "jimmy.strong@westat.com\n"
            "westat.com"
        ),
        {
            "name": "Jimmy Strong",
            "given_name": "Jimmy",
            "family_name": "Strong",
            "title": "Share Dealer",
            "company": "Westat LLP",
            "emails": ["jimmy.strong@westat.com"],
            "phones": {"+14048483683": "mobile", "+17738068706": "work"},
            "websites": ["https://westat.com"],
            "address": "1149 Gilbert Pass, Round Lake, TX 35034",
            "region": "US",
        },
    ),
    (
        "b6-us-13-comma-freemail-freelance",
        (
            "Chas Frazier, Health Consultant\n"
            "Ph. +1 (404) 600-2735 | F +1 (415) 839-6225\n"
            "chas_frazier@yahoo.com\n"
            "1107 Davis Heights, Suite 1400\n"
            "Aliso Viejo, AK 37331"
        ),
        {
            "name": "Chas Frazier",
            "given_name": "Chas",
            "family_name": "Frazier",
            "title": "Health Consultant",
            "company": None,
            "emails": ["chas_frazier@yahoo.com"],
            "phones": {"+14046002735": "work", "+14158396225": "fax"},
            "websites": [],
            "address": "1107 Davis Heights, Suite 1400, Aliso Viejo, AK 37331",
        },
    ),
    (
        "b6-us-14-stack-noisy",
        (
            "Randa Carney\n"
            "Mattress Maker\n"
            "© Rockstar Games LLC\n"
            "Office: 412-276-9561   Cell (310) 871-5703\n"
            "randac@fleet.gr\n"
            "www.fleet.gr/\n"
            "886 San Diego Expressway, Suite 210, Douglas, IL 67724"
        ),
        {
            "name": "Randa Carney",
            "given_name": "Randa",
            "family_name": "Carney",
            "title": "Mattress Maker",
            "company": "Rockstar Games LLC",
            "emails": ["randac@fleet.gr"],
            "phones": {"+14122769561": "work", "+13108715703": "mobile"},
            "websites": ["https://www.fleet.gr"],
            "address": "886 San Diego Expressway, Suite 210, Douglas, IL 67724",
            "region": "US",
        },
    ),
    (
        "b6-us-15-pipe-freemail",
        (
            "Lekisha Singleton | Hospital Warden\n"
            "Plan Smart LLP\n"
            "885 Saint Elmo Crescent\n"
            "Wheat Ridge, WY 32224\n"
            "Direct Line: 214.790.0080  |  M 212-763-9441\n"
            "lekisha_singleton@aol.com"
        ),
        {
            "name": "Lekisha Singleton",
            "given_name": "Lekisha",
            "family_name": "Singleton",
            "title": "Hospital Warden",
            "company": "Plan Smart LLP",
            "emails": ["lekisha_singleton@aol.com"],
            "phones": {"+12147900080": "work", "+12127639441": "mobile"},
            "websites": [],
            "address": "885 Saint Elmo Crescent, Wheat Ridge, WY 32224",
            "region": "US",
        },
    ),
    (
        "b6-us-16-stack-phone-email-line",
        (
            "Emmanuel Woods\n"
            "Bus Mechanic\n"
            "Custom Lawn Care Inc.\n"
            "Trusted advice. Real results.\n"
            "779 Garrison Point, Unit 5\n"
            "San Jacinto, TX 30456\n"
            "M: 213-427-9819 | E-mail: emmanuel.woods@custom-lawn.com\n"
            "Website: www.custom-lawn.com/"
        ),
        {
            "name": "Emmanuel Woods",
            "given_name": "Emmanuel",
            "family_name": "Woods",
            "title": "Bus Mechanic",
            "company": "Custom Lawn Care Inc.",
            "emails": ["emmanuel.woods@custom-lawn.com"],
            "phones": {"+12134279819": "mobile"},
            "websites": ["https://www.custom-lawn.com"],
            "address": "779 Garrison Point, Unit 5, San Jacinto, TX 30456",
            "region": "US",
        },
    ),
    (
        "b6-us-17-company-last-honorific",
        (
            "Jenice Finley, CPA\n"
            "Advertising Assistant\n"
            "Tel: 415.319.9884\n"
            "j.finley@multitech.io  www.multitech.io\n"
            "1112 Sfgh Access Path, Lathrop, TN 48906\n"
            "Multi Tech Development"
        ),
        {
            "name": "Jenice Finley",
            "given_name": "Jenice",
            "family_name": "Finley",
            "title": "Advertising Assistant",
            "company": "Multi Tech Development",
            "emails": ["j.finley@multitech.io"],
            "phones": {"+14153199884": "work"},
            "websites": ["https://www.multitech.io"],
            "address": "1112 Sfgh Access Path, Lathrop, TN 48906",
            "region": "US",
        },
    ),
    (
        "b6-us-18-comma-honorific",
        (
            "Jalisa Lowery CFA, Health Service\n"
            "Erie Insurance Group\n"
            "Building better futures\n"
            "M. +1-615-818-5491  |  Phone: +1 (512) 677-8169\n"
            "jalisa.lowery@erie.com\n"
            "496 Transbay Hump Heights\n"
            "Franklin Park, NY 35757"
        ),
        {
            "name": "Jalisa Lowery",
            "given_name": "Jalisa",
            "family_name": "Lowery",
            "title": "Health Service",
            "company": "Erie Insurance Group",
            "emails": ["jalisa.lowery@erie.com"],
            "phones": {"+16158185491": "mobile", "+15126778169": "work"},
            "websites": [],
            "address": "496 Transbay Hump Heights, Franklin Park, NY 35757",
        },
    ),
    (
        "b6-us-19-stack-no-title",
        (
            "Cary Case\n"
            "DiC Entertainment\n"
            "1049 Montgomery Terrace\n"
            "Temecula, WY 97090\n"
            "T: (612) 851-6028\n"
            "M. +1.646.801.8765\n"
            "E-mail: ccase@dicentertainment.com\n"
            "Website: www.dicentertainment.com"
        ),
        {
            "name": "Cary Case",
            "given_name": "Cary",
            "family_name": "Case",
            "title": None,
            "company": "DiC Entertainment",
            "emails": ["ccase@dicentertainment.com"],
            "phones": {"+16128516028": "work", "+16468018765": "mobile"},
            "websites": ["https://www.dicentertainment.com"],
            "address": "1049 Montgomery Terrace, Temecula, WY 97090",
            "region": "US",
        },
    ),
    (
        "b6-us-20-company-first",
        (
            "Garden Master\n"
            "Cameron Murray\n"
            "Hotelier\n"
            "Mobile: (801) 493-2445\n"
            "Phone: +1 718 233 6221\n"
            "e. cameron.murray@liberal.tel\n"
            "38 Loomis Point\n"
            "Schenectady, WI 05795"
        ),
        {
            "name": "Cameron Murray",
            "given_name": "Cameron",
            "family_name": "Murray",
            "title": "Hotelier",
            "company": "Garden Master",
            "emails": ["cameron.murray@liberal.tel"],
            "phones": {"+18014932445": "mobile", "+17182336221": "work"},
            "websites": [],
            "address": "38 Loomis Point, Schenectady, WI 05795",
            "region": "US",
        },
    ),
    (
        "b6-us-21-company-first-phone-email-line-noisy",
        (
            "Signa  Air Co.\n"
            "Frankly, my dear, I don't give a damn.\n"
            "Nakesha Taylor\n"
            "Psychiatrist\n"
            "Cell 213 544 0251 | Tel. (602) 710-3238\n"
            "Fax: (718) 589-3565 · E-Mail: n.taylor@signaair.net\n"
            "Web: http://signaair.net\n"
            "622 Chula Landing\n"
            "Long Branch, OH 93779"
        ),
        {
            "name": "Nakesha Taylor",
            "given_name": "Nakesha",
            "family_name": "Taylor",
            "title": "Psychiatrist",
            "company": "Signa Air Co.",
            "emails": ["n.taylor@signaair.net"],
            "phones": {"+12135440251": "mobile", "+16027103238": "work", "+17185893565": "fax"},
            "websites": ["https://signaair.net"],
            "address": "622 Chula Landing, Long Branch, OH 93779",
            "region": "US",
        },
    ),
    (
        "b6-us-22-company-first-freemail-noisy",
        (
            "Ameriprise Financial\n"
            "Efren Carpenter\n"
            "Blind Assembler\n"
            "Direct Line 412.682.0355\n"
            "Email: efren77@yahoo.com\n"
            "www.ameriprise.com/about\n"
            "1263 Alvord Avenue\n"
            "Machesney  Park, TN 19846"
        ),
        {
            "name": "Efren Carpenter",
            "given_name": "Efren",
            "family_name": "Carpenter",
            "title": "Blind Assembler",
            "company": "Ameriprise Financial",
            "emails": ["efren77@yahoo.com"],
            "phones": {"+14126820355": "work"},
            "websites": ["https://www.ameriprise.com/about"],
            "address": "1263 Alvord Avenue, Machesney Park, TN 19846",
            "region": "US",
        },
    ),
    (
        "b6-us-23-stack-noisy",
        (
            "Ulysses  Chan\n"
            "Professional Wrestler\n"
            "' Venus Swimwear Co.\n"
            "1113 Starview Hills\n"
            "Loves Park, NE 18459\n"
            "T 602-390-2671\n"
            "Email: ulysses.chan@venus-swimwear.com\n"
            "Web: https://www.venus-swimwear.com"
        ),
        {
            "name": "Ulysses Chan",
            "given_name": "Ulysses",
            "family_name": "Chan",
            "title": "Professional Wrestler",
            "company": "Venus Swimwear Co.",
            "emails": ["ulysses.chan@venus-swimwear.com"],
            "phones": {"+16023902671": "work"},
            "websites": ["https://www.venus-swimwear.com"],
            "address": "1113 Starview Hills, Loves Park, NE 18459",
            "region": "US",
        },
    ),
    (
        "b6-us-24-company-only-noisy",
        (
            "© Midway Games\n"
            "Excellence in every  detail\n"
            "Office +1 612-372-4642\n"
            "E-Mail: hello@midwaygames.com\n"
            "Web: https://www.midwaygames.com\n"
            "924 Paul Shore, Suite 210\n"
            "Federal Way, WV 36122"
        ),
        {
            "name": None,
            "title": None,
            "company": "Midway Games",
            "emails": ["hello@midwaygames.com"],
            "phones": {"+16123724642": "work"},
            "websites": ["https://www.midwaygames.com"],
            "address": "924 Paul Shore, Suite 210, Federal Way, WV 36122",
        },
    ),
    (
        "b6-us-25-pipe-no-address",
        (
            "Temeka Mckay | Gun Smith\n"
            "American Eagle Outfitters\n"
            "M 612.822.3927\n"
            "Tel: 702-298-2091\n"
            "temekam@utc.mil\n"
            "info@utc.mil | www.utc.mil"
        ),
        {
            "name": "Temeka Mckay",
            "given_name": "Temeka",
            "family_name": "Mckay",
            "title": "Gun Smith",
            "company": "American Eagle Outfitters",
            "emails": ["temekam@utc.mil", "info@utc.mil"],
            "phones": {"+16128223927": "mobile", "+17022982091": "work"},
            "websites": ["https://www.utc.mil"],
            "region": "US",
        },
    ),
    (
        "b6-us-26-title-above-noisy",
        (
            "Horse Riding Instructor\n"
            "Keila Dawson\n"
            "Gillette\n"
            "Cell: (704) 850-8821\n"
            "Tel +1.718.979.7494\n"
            "Email: keila.dawson@gillette.com\n"
            "www.gillette.com/\n"
            "© 1296 Ironwood Center\n"
            "Richfield,  SD 38338"
        ),
        {
            "name": "Keila Dawson",
            "given_name": "Keila",
            "family_name": "Dawson",
            "title": "Horse Riding Instructor",
            "company": "Gillette",
            "emails": ["keila.dawson@gillette.com"],
            "phones": {"+17048508821": "mobile", "+17189797494": "work"},
            "websites": ["https://www.gillette.com"],
            "address": "1296 Ironwood Center, Richfield, SD 38338",
            "region": "US",
        },
    ),
    (
        "b6-us-27-company-first-noisy",
        (
            "Formula Gray\n"
            "Solutions that work.\n"
            "Lance Underwood\n"
            "Machine  Tool Fitter\n"
            "Cell: 408-587-4622\n"
            "Direct Line (310) 240-9250\n"
            "lance@formulagray.com\n"
            "hello@formulagray.com\n"
            "www.formulagray.com\n"
            "1007 Krausgrill Route, Mint Hill, NE 89706"
        ),
        {
            "name": "Lance Underwood",
            "given_name": "Lance",
            "family_name": "Underwood",
            "title": "Machine Tool Fitter",
            "company": "Formula Gray",
            "emails": ["lance@formulagray.com", "hello@formulagray.com"],
            "phones": {"+14085874622": "mobile", "+13102409250": "work"},
            "websites": ["https://www.formulagray.com"],
            "address": "1007 Krausgrill Route, Mint Hill, NE 89706",
            "region": "US",
        },
    ),
    (
        "b6-us-28-company-first",
        (
            "National Railway Equipment Company\n"
            "Modern solutions for modern business\n"
            "Chang Fuentes\n"
            "Storeman\n"
            "Phone: +1 404-459-3013   F. (408) 820-7766\n"
            "E-Mail: chang.fuentes@nationalrailway.com\n"
            "E-Mail: sales@nationalrailway.com\n"
            "Website: http://www.nationalrailway.com\n"
            "982 Bellevue Annex\n"
            "San Juan Capistrano, AK 62126"
        ),
        {
            "name": "Chang Fuentes",
            "given_name": "Chang",
            "family_name": "Fuentes",
            "title": "Storeman",
            "company": "National Railway Equipment Company",
            "emails": ["chang.fuentes@nationalrailway.com", "sales@nationalrailway.com"],
            "phones": {"+14044593013": "work", "+14088207766": "fax"},
            "websites": ["https://www.nationalrailway.com"],
            "address": "982 Bellevue Annex, San Juan Capistrano, AK 62126",
            "region": "US",
        },
    ),
    (
        "b6-us-29-pipe",
        (
            "Nigel Kim | Palaeobotanist\n"
            "Seksi Ladi LLC\n"
            "442 Brighton Alley\n"
            "Bradenton, TX 96663\n"
            "Mob. 412-730-5535\n"
            "Direct: (202) 220-6555\n"
            "e. n.kim@seksi.com"
        ),
        {
            "name": "Nigel Kim",
            "given_name": "Nigel",
            "family_name": "Kim",
            "title": "Palaeobotanist",
            "company": "Seksi Ladi LLC",
            "emails": ["n.kim@seksi.com"],
            "phones": {"+14127305535": "mobile", "+12022206555": "work"},
            "websites": [],
            "address": "442 Brighton Alley, Bradenton, TX 96663",
            "region": "US",
        },
    ),
    (
        "b6-us-30-title-above-noisy",
        (
            "Hotelier\n"
            "Alexander Crane\n"
            "Venus Swimwear Inc.\n"
            "You're gonna need a bigger boat.\n"
            "Mobile (404) 437-7750\n"
            "Direct Line 310.767.2568\n"
            "alexander@venus.com\n"
            "contact@venus.com\n"
            "http://www.venus.com\n"
            "525 Todd Hill\n"
            "Schenectady,  VT 63493"
        ),
        {
            "name": "Alexander Crane",
            "given_name": "Alexander",
            "family_name": "Crane",
            "title": "Hotelier",
            "company": "Venus Swimwear Inc.",
            "emails": ["alexander@venus.com", "contact@venus.com"],
            "phones": {"+14044377750": "mobile", "+13107672568": "work"},
            "websites": ["https://www.venus.com"],
            "address": "525 Todd Hill, Schenectady, VT 63493",
            "region": "US",
        },
    ),
    (
        "b6-us-31-stack-caps-company-noisy",
        (
            "|Herbert Mayer\n"
            "Kitchen Worker\n"
            "© LIFE MAP PLANNERS GROUP\n"
            "Phone (702) 927-9856\n"
            "E-mail: herbert@lifemap.com\n"
            "| 1250 Flounder Bypass\n"
            "San Bernardino, CT 64787"
        ),
        {
            "name": "Herbert Mayer",
            "given_name": "Herbert",
            "family_name": "Mayer",
            "title": "Kitchen Worker",
            "company": "Life Map Planners Group",
            "emails": ["herbert@lifemap.com"],
            "phones": {"+17029279856": "work"},
            "websites": [],
            "address": "1250 Flounder Bypass, San Bernardino, CT 64787",
            "region": "US",
        },
    ),
    (
        "b6-us-32-address-top",
        (
            "Road Runner Lawn Services\n"
            "176 Lower Fort Mason Circle, Rock Hill, MA 06279\n"
            "Phil Conley\n"
            "Hot Foil Printer\n"
            "212.531.4029\n"
            "F (919) 554-5143\n"
            "phil@rrls.com"
        ),
        {
            "name": "Phil Conley",
            "given_name": "Phil",
            "family_name": "Conley",
            "title": "Hot Foil Printer",
            "company": "Road Runner Lawn Services",
            "emails": ["phil@rrls.com"],
            "phones": {"+12125314029": "work", "+19195545143": "fax"},
            "websites": [],
            "address": "176 Lower Fort Mason Circle, Rock Hill, MA 06279",
            "region": "US",
        },
    ),
    (
        "b6-us-33-stack",
        (
            "Van Peterson\n"
            "Market Gardener\n"
            "Beazer Homes USA Group\n"
            "1141 Conservatory Access Field, Floor 12\n"
            "DeSoto, RI 31253\n"
            "Mobile: 617-993-8930\n"
            "Phone: 310 623 9908\n"
            "van_peterson@beazer-homes.co\n"
            "www.beazer-homes.co"
        ),
        {
            "name": "Van Peterson",
            "given_name": "Van",
            "family_name": "Peterson",
            "title": "Market Gardener",
            "company": "Beazer Homes USA Group",
            "emails": ["van_peterson@beazer-homes.co"],
            "phones": {"+16179938930": "mobile", "+13106239908": "work"},
            "websites": ["https://www.beazer-homes.co"],
            "address": "1141 Conservatory Access Field, Floor 12, DeSoto, RI 31253",
            "region": "US",
        },
    ),
    (
        "b6-us-34-stack-honorific-noisy",
        (
            "Tad Holland, CPA\n"
            "TraveI Agent\n"
            "Liberty Wealth Planner, Inc.\n"
            "Mob. (404) 960-7899\n"
            "Phone 408 921 3051\n"
            "F (404) 406-6952\n"
            "tholland@libertywealth.com\n"
            "http://www.libertywealth.com\n"
            "397 Bartlett Grove,  Sheridan, PA 89174"
        ),
        {
            "name": "Tad Holland",
            "given_name": "Tad",
            "family_name": "Holland",
            "title": "Travel Agent",
            "company": "Liberty Wealth Planner, Inc.",
            "emails": ["tholland@libertywealth.com"],
            "phones": {"+14049607899": "mobile", "+14089213051": "work", "+14044066952": "fax"},
            "websites": ["https://www.libertywealth.com"],
            "address": "397 Bartlett Grove, Sheridan, PA 89174",
            "region": "US",
        },
    ),
    (
        "b6-us-35-company-last",
        (
            "Jule Walter\n"
            "Arbitrator\n"
            "Direct Line: 305-243-7295\n"
            "M. 702-869-2870\n"
            "E: jule_walter@deltaair.com\n"
            "https://www.deltaair.com\n"
            "116 Juan Bautista Pass\n"
            "San Bruno, RI 38560\n"
            "Delta Air Lines LLP"
        ),
        {
            "name": "Jule Walter",
            "given_name": "Jule",
            "family_name": "Walter",
            "title": "Arbitrator",
            "company": "Delta Air Lines LLP",
            "emails": ["jule_walter@deltaair.com"],
            "phones": {"+13052437295": "work", "+17028692870": "mobile"},
            "websites": ["https://www.deltaair.com"],
            "address": "116 Juan Bautista Pass, San Bruno, RI 38560",
            "region": "US",
        },
    ),
    (
        "b6-us-36-stack-phone-email-line-noisy",
        (
            "Rob  Alvarez\n"
            "Motor Racing\n"
            "|Quiznos LLP\n"
            "Tel: 612-688-8565\n"
            "M. 408-755-8873  |  r.alvarez@quiznos.com\n"
            "info@quiznos.com\n"
            "www.quiznos.com/\n"
            "' 941 Raccoon Estate, Suite 4B\n"
            "Baytown, IN 64921"
        ),
        {
            "name": "Rob Alvarez",
            "given_name": "Rob",
            "family_name": "Alvarez",
            "title": "Motor Racing",
            "company": "Quiznos LLP",
            "emails": ["r.alvarez@quiznos.com", "info@quiznos.com"],
            "phones": {"+16126888565": "work", "+14087558873": "mobile"},
            "websites": ["https://www.quiznos.com"],
            "address": "941 Raccoon Estate, Suite 4B, Baytown, IN 64921",
            "region": "US",
        },
    ),
    (
        "b6-us-37-stack-honorific",
        (
            "Alberto Snider, PhD\n"
            "Cleaner\n"
            "ConocoPhillips, Corp.\n"
            "20 Alameda Parkway, Unit 5\n"
            "Monrovia, WV 41520\n"
            "T: +1 412 426 0818  |  Mobile: (408) 666-8853\n"
            "E: alberto.snider@conocophillips.com\n"
            "www.conocophillips.com"
        ),
        {
            "name": "Alberto Snider",
            "given_name": "Alberto",
            "family_name": "Snider",
            "title": "Cleaner",
            "company": "ConocoPhillips, Corp.",
            "emails": ["alberto.snider@conocophillips.com"],
            "phones": {"+14124260818": "work", "+14086668853": "mobile"},
            "websites": ["https://www.conocophillips.com"],
            "address": "20 Alameda Parkway, Unit 5, Monrovia, WV 41520",
            "region": "US",
        },
    ),
    (
        "b6-us-38-stack-freemail-freelance",
        (
            "Salome Hayes\n"
            "Organist\n"
            "Direct Line: +1-704-927-0068\n"
            "Mail: client2012@yahoo.com\n"
            "876 Olympic Country Club Creek\n"
            "Allen Park, RI 58768"
        ),
        {
            "name": "Salome Hayes",
            "given_name": "Salome",
            "family_name": "Hayes",
            "title": "Organist",
            "company": None,
            "emails": ["client2012@yahoo.com"],
            "phones": {"+17049270068": "work"},
            "websites": [],
            "address": "876 Olympic Country Club Creek, Allen Park, RI 58768",
        },
    ),
    (
        "b6-us-39-stack-ext-phone-email-line",
        (
            "Jaye Gordon\n"
            "Lawn Mower\n"
            "Houchens Industries\n"
            "1384 Federal Place, Gardner, NM 25975\n"
            "Mobile 615 539 9133\n"
            "(408) 948-8296 ext. 214  |  e. jayeg@houchens.com"
        ),
        {
            "name": "Jaye Gordon",
            "given_name": "Jaye",
            "family_name": "Gordon",
            "title": "Lawn Mower",
            "company": "Houchens Industries",
            "emails": ["jayeg@houchens.com"],
            "phones": {"+16155399133": "mobile", "+14089488296": "work"},
            "websites": [],
            "address": "1384 Federal Place, Gardner, NM 25975",
            "region": "US",
        },
    ),
    (
        "b6-us-40-company-first",
        (
            "Lee, Inc.\n"
            "Meda Leonard\n"
            "Optical Advisor\n"
            "M 617.695.4802\n"
            "m.leonard@lee.io\n"
            "enquiries@lee.io\n"
            "http://lee.io\n"
            "514 Turk Murphy Point\n"
            "Eugene, IL 68297\n"
            "United States"
        ),
        {
            "name": "Meda Leonard",
            "given_name": "Meda",
            "family_name": "Leonard",
            "title": "Optical Advisor",
            "company": "Lee, Inc.",
            "emails": ["m.leonard@lee.io", "enquiries@lee.io"],
            "phones": {"+16176954802": "mobile"},
            "websites": ["https://lee.io"],
            "address": "514 Turk Murphy Point, Eugene, IL 68297, United States",
            "region": "US",
        },
    ),
    (
        "b6-us-41-stack-freemail-noisy",
        (
            "Isaiah Lane\n"
            "Manufacturing\n"
            "' Duke Energy Group\n"
            "Excellence in every detail\n"
            "T 713.514.5912\n"
            "isaiah.lane@gmail.com\n"
            "' 167 Almaden Row\n"
            "Streamwood, WV 34724"
        ),
        {
            "name": "Isaiah Lane",
            "given_name": "Isaiah",
            "family_name": "Lane",
            "title": "Manufacturing",
            "company": "Duke Energy Group",
            "emails": ["isaiah.lane@gmail.com"],
            "phones": {"+17135145912": "work"},
            "websites": [],
            "address": "167 Almaden Row, Streamwood, WV 34724",
            "region": "US",
        },
    ),
    (
        "b6-us-42-company-only-phone-email-line",
        (
            "Electric Boat LLP\n"
            "922 Holloway Shore, Floor 12, Dyersburg, DE 67128\n"
            "Phone (305) 273-0862 | e. contact@carol.travel\n"
            "http://www.carol.travel"
        ),
        {
            "name": None,
            "title": None,
            "company": "Electric Boat LLP",
            "emails": ["contact@carol.travel"],
            "phones": {"+13052730862": "work"},
            "websites": ["https://www.carol.travel"],
            "address": "922 Holloway Shore, Floor 12, Dyersburg, DE 67128",
            "region": "US",
        },
    ),
    (
        "b6-us-43-company-first-caps-name-caps-company-freemail",
        (
            "AUDIOVOX\n"
            "FRIDA CHURCH\n"
            "Pattern Cutter\n"
            "Cell: +1-312-287-2063 · T. 404-323-5290\n"
            "E-mail: washing1983@yahoo.com\n"
            "www.audiovox.com/about\n"
            "276 Robinson Alley, Portsmouth, WI 23369"
        ),
        {
            "name": "Frida Church",
            "given_name": "Frida",
            "family_name": "Church",
            "title": "Pattern Cutter",
            "company": "Audiovox",
            "emails": ["washing1983@yahoo.com"],
            "phones": {"+13122872063": "mobile", "+14043235290": "work"},
            "websites": ["https://www.audiovox.com/about"],
            "address": "276 Robinson Alley, Portsmouth, WI 23369",
            "region": "US",
        },
    ),
    (
        "b6-us-44-title-above-noisy",
        (
            "' Judge\n"
            "|Oneida Moses\n"
            "GE Consumer & Industrial\n"
            "Direct: +1 (503) 550-6525\n"
            "Email: oneida_moses@geconsumer.com\n"
            "www.geconsumer.com/de\n"
            "| 1162 Carrizal Park, Suite 1400, York, MO 37371"
        ),
        {
            "name": "Oneida Moses",
            "given_name": "Oneida",
            "family_name": "Moses",
            "title": "Judge",
            "company": "GE Consumer & Industrial",
            "emails": ["oneida_moses@geconsumer.com"],
            "phones": {"+15035506525": "work"},
            "websites": ["https://www.geconsumer.com/de"],
            "address": "1162 Carrizal Park, Suite 1400, York, MO 37371",
        },
    ),
    (
        "b6-us-45-company-last-noisy",
        (
            "Alvaro Ashley\n"
            "Psychologist\n"
            "T (212) 602-7784\n"
            "F: 215-571-5910\n"
            "ashley.alvaro@jninternational.com  Web: https://www.jninternational.com\n"
            "139 Anthony Bypass, Suite 4B\n"
            "© Melrose Park, IL 31028\n"
            "JN-International Medical Corporation\n"
            "Learn. Earn. Return."
        ),
        {
            "name": "Alvaro Ashley",
            "given_name": "Alvaro",
            "family_name": "Ashley",
            "title": "Psychologist",
            "company": "JN-International Medical Corporation",
            "emails": ["ashley.alvaro@jninternational.com"],
            "phones": {"+12126027784": "work", "+12155715910": "fax"},
            "websites": ["https://www.jninternational.com"],
            "address": "139 Anthony Bypass, Suite 4B, Melrose Park, IL 31028",
            "region": "US",
        },
    ),
    (
        "b6-us-46-company-last",
        (
            "Shea Jackson\n"
            "Upholsterer\n"
            "Ph: +1 412-814-1724\n"
            "M: +1.215.465.1927\n"
            "E-mail: shea.jackson@amr.com\n"
            "www.amr.com\n"
            "101 Rhine Mall, Floor 12\n"
            "West Chester, NH 59814\n"
            "AMR Corporation\n"
            "Your partner in growth"
        ),
        {
            "name": "Shea Jackson",
            "given_name": "Shea",
            "family_name": "Jackson",
            "title": "Upholsterer",
            "company": "AMR Corporation",
            "emails": ["shea.jackson@amr.com"],
            "phones": {"+14128141724": "work", "+12154651927": "mobile"},
            "websites": ["https://www.amr.com"],
            "address": "101 Rhine Mall, Floor 12, West Chester, NH 59814",
        },
    ),
    (
        "b6-us-47-stack",
        (
            "Deangelo Wolf\n"
            "Linguist\n"
            "Fisker Automotive\n"
            "Connecting people and ideas\n"
            "605 Fulton Expressway\n"
            "Norco, MA 22134\n"
            "M (312) 494-1057 · Tel. 215-883-7245\n"
            "Email: dwolf@fiskerautomotive.com\n"
            "www.fiskerautomotive.com"
        ),
        {
            "name": "Deangelo Wolf",
            "given_name": "Deangelo",
            "family_name": "Wolf",
            "title": "Linguist",
            "company": "Fisker Automotive",
            "emails": ["dwolf@fiskerautomotive.com"],
            "phones": {"+13124941057": "mobile", "+12158837245": "work"},
            "websites": ["https://www.fiskerautomotive.com"],
            "address": "605 Fulton Expressway, Norco, MA 22134",
            "region": "US",
        },
    ),
    (
        "b6-us-48-company-first-honorific-noisy",
        (
            "W.C. Bradley Co.\n"
            "Alla Gilmore, MBA\n"
            "Outdoor  Pursuits\n"
            "M. 617-634-6460\n"
            "alla@wc.com\n"
            "www.wc.com\n"
            "|22 Daggett Bypass\n"
            "Kannapolis, AR 54485"
        ),
        {
            "name": "Alla Gilmore",
            "given_name": "Alla",
            "family_name": "Gilmore",
            "title": "Outdoor Pursuits",
            "company": "W.C. Bradley Co.",
            "emails": ["alla@wc.com"],
            "phones": {"+16176346460": "mobile"},
            "websites": ["https://www.wc.com"],
            "address": "22 Daggett Bypass, Kannapolis, AR 54485",
            "region": "US",
        },
    ),
    (
        "b6-us-49-title-above-phone-email-line-noisy",
        (
            "Foster Parent\n"
            "Arron Gentry\n"
            "Destiny PIanners Co.\n"
            "' Your partner in growth\n"
            "212-427-8882  |  E-mail: arron_gentry@destiny.com\n"
            "http://destiny.com\n"
            "478 Chattanooga Court, Cottonwood Heights, GA 97964"
        ),
        {
            "name": "Arron Gentry",
            "given_name": "Arron",
            "family_name": "Gentry",
            "title": "Foster Parent",
            "company": "Destiny Planners Co.",
            "emails": ["arron_gentry@destiny.com"],
            "phones": {"+12124278882": "work"},
            "websites": ["https://destiny.com"],
            "address": "478 Chattanooga Court, Cottonwood Heights, GA 97964",
            "region": "US",
        },
    ),
    (
        "b6-us-50-pipe",
        (
            "Dorie Robbins | Artist\n"
            "Bain Capital Corp.\n"
            "176 Lydia Green\n"
            "Springville, NC 57421\n"
            "Ph: 412.579.7748\n"
            "Cell 214 342 6797\n"
            "drobbins@bain.com · bain.com\n"
            "Frankly, my dear, I don't give a damn."
        ),
        {
            "name": "Dorie Robbins",
            "given_name": "Dorie",
            "family_name": "Robbins",
            "title": "Artist",
            "company": "Bain Capital Corp.",
            "emails": ["drobbins@bain.com"],
            "phones": {"+14125797748": "work", "+12143426797": "mobile"},
            "websites": ["https://bain.com"],
            "address": "176 Lydia Green, Springville, NC 57421",
            "region": "US",
        },
    ),
    (
        "b6-us-51-stack-honorific-caps-company-noisy-no-title",
        (
            "|Rosana Sharpe CFA\n"
            "CREATIVE WEALTH, CO.\n"
            "Cell: (704) 441-4550\n"
            "E-mail: r.sharpe@creative.com\n"
            "www.creative.com\n"
            "628 Bright Pass, Suite 210\n"
            "Hermosa Beach, IA 77368"
        ),
        {
            "name": "Rosana Sharpe",
            "given_name": "Rosana",
            "family_name": "Sharpe",
            "title": None,
            "company": "Creative Wealth, Co.",
            "emails": ["r.sharpe@creative.com"],
            "phones": {"+17044414550": "mobile"},
            "websites": ["https://www.creative.com"],
            "address": "628 Bright Pass, Suite 210, Hermosa Beach, IA 77368",
            "region": "US",
        },
    ),
    (
        "b6-us-52-title-above",
        (
            "Inventor\n"
            "Raphael Castaneda\n"
            "Avnet Inc.\n"
            "Mob. +1 (412) 668-9108 · Phone: 412.809.9878\n"
            "Fax: (646) 997-6374\n"
            "raphael_castaneda@avnet.io\n"
            "Web: avnet.io\n"
            "41 Lomita Street, Hoffman Estates, GA 58191"
        ),
        {
            "name": "Raphael Castaneda",
            "given_name": "Raphael",
            "family_name": "Castaneda",
            "title": "Inventor",
            "company": "Avnet Inc.",
            "emails": ["raphael_castaneda@avnet.io"],
            "phones": {"+14126689108": "mobile", "+14128099878": "work", "+16469976374": "fax"},
            "websites": ["https://avnet.io"],
            "address": "41 Lomita Street, Hoffman Estates, GA 58191",
            "region": "US",
        },
    ),
    (
        "b6-us-53-stack",
        (
            "Zachary Puckett\n"
            "Motor Engineer\n"
            "Dynegy Co.\n"
            "M. +1-612-396-9810\n"
            "Ph. 303-893-6518\n"
            "Email: z.puckett@dynegy.io\n"
            "www.dynegy.io/team\n"
            "542 Miguel Bypass\n"
            "San Benito, AR 58138"
        ),
        {
            "name": "Zachary Puckett",
            "given_name": "Zachary",
            "family_name": "Puckett",
            "title": "Motor Engineer",
            "company": "Dynegy Co.",
            "emails": ["z.puckett@dynegy.io"],
            "phones": {"+16123969810": "mobile", "+13038936518": "work"},
            "websites": ["https://www.dynegy.io/team"],
            "address": "542 Miguel Bypass, San Benito, AR 58138",
            "region": "US",
        },
    ),
    (
        "b6-us-54-company-first-no-address",
        (
            "Overcast Media\n"
            "Modern solutions for modern business\n"
            "Reggie Caldwell\n"
            "Insurance Assessor\n"
            "T 602 685 2379\n"
            "reggie.caldwell@potentially.int\n"
            "www.potentially.int/"
        ),
        {
            "name": "Reggie Caldwell",
            "given_name": "Reggie",
            "family_name": "Caldwell",
            "title": "Insurance Assessor",
            "company": "Overcast Media",
            "emails": ["reggie.caldwell@potentially.int"],
            "phones": {"+16026852379": "work"},
            "websites": ["https://www.potentially.int"],
            "region": "US",
        },
    ),
    (
        "b6-us-55-company-first-noisy",
        (
            "Omni  Architectural Designs\n"
            "Octavio Roberson\n"
            "© Sportsman\n"
            "M: +1 (619) 301-5246\n"
            "Email: o.roberson@fence.page\n"
            "Web: fence.page\n"
            "1279 Kearny Pike, Ste 300, Massapequa Park,  NJ 36997"
        ),
        {
            "name": "Octavio Roberson",
            "given_name": "Octavio",
            "family_name": "Roberson",
            "title": "Sportsman",
            "company": "Omni Architectural Designs",
            "emails": ["o.roberson@fence.page"],
            "phones": {"+16193015246": "mobile"},
            "websites": ["https://fence.page"],
            "address": "1279 Kearny Pike, Ste 300, Massapequa Park, NJ 36997",
        },
    ),
    (
        "b6-us-56-company-first-honorific-freemail-phone-email-line",
        (
            "Dow Chemical Company\n"
            "Quality you can trust\n"
            "Dr. Dennis Skinner\n"
            "Payroll Supervisor\n"
            "T 704-823-2673\n"
            "M (801) 632-0179\n"
            "Fax: (206) 353-6076 | e. skinner.dennis74@icloud.com | W. https://www.dowchemical.com\n"
            "717 Ingleside Highway\n"
            "Oregon City, NH 30721"
        ),
        {
            "name": "Dennis Skinner",
            "given_name": "Dennis",
            "family_name": "Skinner",
            "title": "Payroll Supervisor",
            "company": "Dow Chemical Company",
            "emails": ["skinner.dennis74@icloud.com"],
            "phones": {"+17048232673": "work", "+18016320179": "mobile", "+12063536076": "fax"},
            "websites": ["https://www.dowchemical.com"],
            "address": "717 Ingleside Highway, Oregon City, NH 30721",
            "region": "US",
        },
    ),
    (
        "b6-us-57-title-above",
        (
            "Leaflet Distributor\n"
            "Johnette Ford\n"
            "Continental Airlines LLP\n"
            "Turning ideas into returns\n"
            "Mobile 602.339.3665\n"
            "Phone 303-397-6802\n"
            "E-mail: johnette@continental.com\n"
            "1065 Dearborn Row\n"
            "Farragut, RI 24071"
        ),
        {
            "name": "Johnette Ford",
            "given_name": "Johnette",
            "family_name": "Ford",
            "title": "Leaflet Distributor",
            "company": "Continental Airlines LLP",
            "emails": ["johnette@continental.com"],
            "phones": {"+16023393665": "mobile", "+13033976802": "work"},
            "websites": [],
            "address": "1065 Dearborn Row, Farragut, RI 24071",
            "region": "US",
        },
    ),
    (
        "b6-us-58-title-above",
        (
            "Solicitor\n"
            "Joannie Rivers\n"
            "Apache Software Foundation Group\n"
            "Houston, we have a problem.\n"
            "Direct Line: 214-924-8756\n"
            "Mob. (704) 960-1528\n"
            "joannie.rivers@asf.com\n"
            "1240 Roosevelt Avenue\n"
            "Federal Way, MS 10397"
        ),
        {
            "name": "Joannie Rivers",
            "given_name": "Joannie",
            "family_name": "Rivers",
            "title": "Solicitor",
            "company": "Apache Software Foundation Group",
            "emails": ["joannie.rivers@asf.com"],
            "phones": {"+12149248756": "work", "+17049601528": "mobile"},
            "websites": [],
            "address": "1240 Roosevelt Avenue, Federal Way, MS 10397",
            "region": "US",
        },
    ),
    (
        "b6-us-59-address-top-no-address",
        (
            "Zig Zag Children Clothes\n"
            "Etha Wright\n"
            "Purser\n"
            "Ph: +1 702 791 7580\n"
            "Cell +1 (310) 307-3516\n"
            "ewright@zigzag.com\n"
            "office@zigzag.com\n"
            "www.zigzag.com"
        ),
        {
            "name": "Etha Wright",
            "given_name": "Etha",
            "family_name": "Wright",
            "title": "Purser",
            "company": "Zig Zag Children Clothes",
            "emails": ["ewright@zigzag.com", "office@zigzag.com"],
            "phones": {"+17027917580": "work", "+13103073516": "mobile"},
            "websites": ["https://www.zigzag.com"],
        },
    ),
    (
        "b6-us-60-company-first",
        (
            "Darden Restaurants\n"
            "Felton Mccoy\n"
            "Reporter\n"
            "Ph: 718 898 1737\n"
            "M +1-206-670-2351\n"
            "F 773-430-0682\n"
            "Mail: f.mccoy@dardenrestaurants.com\n"
            "www.dardenrestaurants.com\n"
            "431 Bridgeview Arcade\n"
            "Findlay, VA 19095"
        ),
        {
            "name": "Felton Mccoy",
            "given_name": "Felton",
            "family_name": "Mccoy",
            "title": "Reporter",
            "company": "Darden Restaurants",
            "emails": ["f.mccoy@dardenrestaurants.com"],
            "phones": {"+17188981737": "work", "+12066702351": "mobile", "+17734300682": "fax"},
            "websites": ["https://www.dardenrestaurants.com"],
            "address": "431 Bridgeview Arcade, Findlay, VA 19095",
            "region": "US",
        },
    ),
]

JP: list[Case] = [
    (
        "b6-jp-01-comma-caps-family-caps-company-noisy",
        (
            "Takashi ENDO, Hotel Consultant\n"
            "MEIWA SHOJI INC.\n"
            "Tel: 03-2487-8608\n"
            "HP 090-6697-5945\n"
            "takashi_endo@meiwa-shoji.co.jp\n"
            "https://www.meiwa-shoji.co.jp\n"
            "1-8-2 Nihonbashi, Chuo-ku\n"
            "Tokyo  103-0027, Japan"
        ),
        {
            "name": "Takashi Endo",
            "given_name": "Takashi",
            "family_name": "Endo",
            "title": "Hotel Consultant",
            "company": "Meiwa Shoji Inc.",
            "emails": ["takashi_endo@meiwa-shoji.co.jp"],
            "phones": {"+81324878608": "work", "+819066975945": "mobile"},
            "websites": ["https://www.meiwa-shoji.co.jp"],
            "address": "1-8-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan",
            "region": "JP",
        },
    ),
    (
        "b6-jp-02-company-first-no-address",
        (
            "Meiwa Trading Co., Ltd.\n"
            "Technology for people\n"
            "Takashi Nakamura\n"
            "Delivery Driver\n"
            "Office +81 6 2613 5867 · Cell +81 90-7138-1403\n"
            "Email: takashi@meiwatrading.co.jp\n"
            "www.meiwatrading.co.jp"
        ),
        {
            "name": "Takashi Nakamura",
            "given_name": "Takashi",
            "family_name": "Nakamura",
            "title": "Delivery Driver",
            "company": "Meiwa Trading Co., Ltd.",
            "emails": ["takashi@meiwatrading.co.jp"],
            "phones": {"+81626135867": "work", "+819071381403": "mobile"},
            "websites": ["https://www.meiwatrading.co.jp"],
        },
    ),
    (
        "b6-jp-03-stack",
        (
            "Misaki Ikeda\n"
            "Childminder\n"
            "Sakura Foods Corporation\n"
            "Tel 092-363-9667\n"
            "FAX 092 774 3771\n"
            "Email: misaki.ikeda@sakura-foods.co.jp\n"
            "W: www.sakura-foods.co.jp\n"
            "Granfront Tower B 21F\n"
            "2-6-14 Hakata Ekimae, Hakata-ku\n"
            "Fukuoka, 812-0011"
        ),
        {
            "name": "Misaki Ikeda",
            "given_name": "Misaki",
            "family_name": "Ikeda",
            "title": "Childminder",
            "company": "Sakura Foods Corporation",
            "emails": ["misaki.ikeda@sakura-foods.co.jp"],
            "phones": {"+81923639667": "work", "+81927743771": "fax"},
            "websites": ["https://www.sakura-foods.co.jp"],
            "address": "Granfront Tower B 21F, 2-6-14 Hakata Ekimae, Hakata-ku, Fukuoka, 812-0011",
            "region": "JP",
        },
    ),
    (
        "b6-jp-04-address-top-phone-email-line",
        (
            "Kyowa Foods Co., Ltd.\n"
            "Tokio Marine Bldg. 12F\n"
            "3-3-1 Nishi-Shinjuku, Shinjuku-ku\n"
            "Tokyo 160-0023, Japan\n"
            "Kenji Suzuki\n"
            "Parts Manager\n"
            "Mobile 090-5202-8052\n"
            "Ph. +81 (0)3-6635-7345 · E-mail: ksuzuki@kyowa.co.jp\n"
            "E-mail: enquiries@kyowa.co.jp\n"
            "Web: kyowa.co.jp"
        ),
        {
            "name": "Kenji Suzuki",
            "given_name": "Kenji",
            "family_name": "Suzuki",
            "title": "Parts Manager",
            "company": "Kyowa Foods Co., Ltd.",
            "emails": ["ksuzuki@kyowa.co.jp", "enquiries@kyowa.co.jp"],
            "phones": {"+819052028052": "mobile", "+81366357345": "work"},
            "websites": ["https://kyowa.co.jp"],
            "address": "Tokio Marine Bldg. 12F, 3-3-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan",
            "region": "JP",
        },
    ),
    (
        "b6-jp-05-stack-caps-family",
        (
            "OKADA Kazuya\n"
            "Assembly Worker\n"
            "Meiwa Kogyo Corporation\n"
            "Phone 052-617-2183\n"
            "FAX 052-415-7528\n"
            "E: kazuya.okada@meiwakogyo.co.jp\n"
            "www.meiwakogyo.co.jp/de\n"
            "Sumitomo Fudosan Bldg. 8F\n"
            "5-12-19 Meieki, Nakamura-ku\n"
            "Nagoya 450-0002, Japan"
        ),
        {
            "name": "Okada Kazuya",
            "given_name": "Kazuya",
            "family_name": "Okada",
            "title": "Assembly Worker",
            "company": "Meiwa Kogyo Corporation",
            "emails": ["kazuya.okada@meiwakogyo.co.jp"],
            "phones": {"+81526172183": "work", "+81524157528": "fax"},
            "websites": ["https://www.meiwakogyo.co.jp/de"],
            "address": "Sumitomo Fudosan Bldg. 8F, 5-12-19 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
            "region": "JP",
        },
    ),
    (
        "b6-jp-06-stack-family-first-phone-email-line-no-title",
        (
            "Kobayashi Keiko\n"
            "Minato Kensetsu Co., Ltd.\n"
            "1-12-5 Nishi-Shinjuku, Shinjuku-ku\n"
            "Tokyo, 160-0023\n"
            "Japan\n"
            "M. +81 70-9921-9025  |  keiko.kobayashi@minatokensetsu.co.jp"
        ),
        {
            "name": "Kobayashi Keiko",
            "given_name": "Keiko",
            "family_name": "Kobayashi",
            "title": None,
            "company": "Minato Kensetsu Co., Ltd.",
            "emails": ["keiko.kobayashi@minatokensetsu.co.jp"],
            "phones": {"+817099219025": "mobile"},
            "websites": [],
            "address": "1-12-5 Nishi-Shinjuku, Shinjuku-ku, Tokyo, 160-0023, Japan",
        },
    ),
    (
        "b6-jp-07-company-last-caps-family-phone-email-line",
        (
            "YAMADA Eri\n"
            "Remedial Therapist\n"
            "TEL +81 52-703-3272 · eri@aozoradenki.co.jp\n"
            "www.aozoradenki.co.jp\n"
            "5-11-6 Meieki, Nakamura-ku\n"
            "Nagoya, 450-0002\n"
            "Aozora Denki Corporation"
        ),
        {
            "name": "Yamada Eri",
            "given_name": "Eri",
            "family_name": "Yamada",
            "title": "Remedial Therapist",
            "company": "Aozora Denki Corporation",
            "emails": ["eri@aozoradenki.co.jp"],
            "phones": {"+81527033272": "work"},
            "websites": ["https://www.aozoradenki.co.jp"],
            "address": "5-11-6 Meieki, Nakamura-ku, Nagoya, 450-0002",
        },
    ),
    (
        "b6-jp-08-company-first-caps-family-noisy",
        (
            "Fuji Systems Co., Ltd.\n"
            "HASHIMOTO Tomoko\n"
            "Patent Agent\n"
            "Mobile: 080-5467-0079 | TEL: 045-733-6330\n"
            "Mail: tomoko_hashimoto@fuji.co.jp\n"
            "Website: fuji.co.jp\n"
            "1-6-7 Minatomirai, Nishi-ku\n"
            "Yokohama, 220-0012\n"
            "' Japan"
        ),
        {
            "name": "Hashimoto Tomoko",
            "given_name": "Tomoko",
            "family_name": "Hashimoto",
            "title": "Patent Agent",
            "company": "Fuji Systems Co., Ltd.",
            "emails": ["tomoko_hashimoto@fuji.co.jp"],
            "phones": {"+818054670079": "mobile", "+81457336330": "work"},
            "websites": ["https://fuji.co.jp"],
            "address": "1-6-7 Minatomirai, Nishi-ku, Yokohama, 220-0012, Japan",
            "region": "JP",
        },
    ),
    (
        "b6-jp-09-comma-family-first-freemail-phone-email-line",
        (
            "Goto Keiko, Veterinary Surgeon\n"
            "Sakura Kensetsu Corporation\n"
            "Innovation through partnership\n"
            "TEL: +81 6 4841 8761 · keiko.goto@gmail.com\n"
            "Website: entertaining.durban\n"
            "Tokio Marine Bldg. 12F\n"
            "5-2-12 Nishinakajima, Yodogawa-ku\n"
            "Osaka 532-0011"
        ),
        {
            "name": "Goto Keiko",
            "given_name": "Keiko",
            "family_name": "Goto",
            "title": "Veterinary Surgeon",
            "company": "Sakura Kensetsu Corporation",
            "emails": ["keiko.goto@gmail.com"],
            "phones": {"+81648418761": "work"},
            "websites": ["https://entertaining.durban"],
            "address": "Tokio Marine Bldg. 12F, 5-2-12 Nishinakajima, Yodogawa-ku, Osaka 532-0011",
        },
    ),
    (
        "b6-jp-10-company-only-caps-company",
        (
            "TAIYO SYSTEMS INC.\n"
            "+81 52 712 2245\n"
            "E: info@going.cards  www.going.cards\n"
            "Granfront Tower B 21F\n"
            "1-7-7 Meieki, Nakamura-ku\n"
            "Nagoya 450-0002, Japan"
        ),
        {
            "name": None,
            "title": None,
            "company": "Taiyo Systems Inc.",
            "emails": ["info@going.cards"],
            "phones": {"+81527122245": "work"},
            "websites": ["https://www.going.cards"],
            "address": "Granfront Tower B 21F, 1-7-7 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
        },
    ),
    (
        "b6-jp-11-address-top-caps-family-noisy",
        (
            "Tohoku Pharma Holdings Inc.\n"
            "© 3-4-16 Nishi-Shinjuku, Shinjuku-ku\n"
            "Tokyo, 160-0023\n"
            "Hiroshi KOBAYASHI\n"
            "Weighbridge Operator\n"
            "Cell +81 70-7898-7095\n"
            "hiroshik@tohokupharma.co.jp\n"
            "www.tohokupharma.co.jp"
        ),
        {
            "name": "Hiroshi Kobayashi",
            "given_name": "Hiroshi",
            "family_name": "Kobayashi",
            "title": "Weighbridge Operator",
            "company": "Tohoku Pharma Holdings Inc.",
            "emails": ["hiroshik@tohokupharma.co.jp"],
            "phones": {"+817078987095": "mobile"},
            "websites": ["https://www.tohokupharma.co.jp"],
            "address": "3-4-16 Nishi-Shinjuku, Shinjuku-ku, Tokyo, 160-0023",
        },
    ),
    (
        "b6-jp-12-company-first-caps-family",
        (
            "Meiwa Kensetsu K.K.\n"
            "Yuko HASHIMOTO\n"
            "Office Worker\n"
            "TEL: 03-6578-7694\n"
            "y.hashimoto@meiwakensetsu.co.jp\n"
            "www.meiwakensetsu.co.jp\n"
            "1-9-13 Shibuya, Shibuya-ku\n"
            "Tokyo 150-0002"
        ),
        {
            "name": "Yuko Hashimoto",
            "given_name": "Yuko",
            "family_name": "Hashimoto",
            "title": "Office Worker",
            "company": "Meiwa Kensetsu K.K.",
            "emails": ["y.hashimoto@meiwakensetsu.co.jp"],
            "phones": {"+81365787694": "work"},
            "websites": ["https://www.meiwakensetsu.co.jp"],
            "address": "1-9-13 Shibuya, Shibuya-ku, Tokyo 150-0002",
            "region": "JP",
        },
    ),
    (
        "b6-jp-13-stack",
        (
            "Takuya Ishii\n"
            "Line Worker\n"
            "Aozora Systems Co., Ltd.\n"
            "Mobile: 070-8738-8744\n"
            "045-325-0304\n"
            "F: 045-412-4667\n"
            "tishii@aozorasystems.co.jp\n"
            "Web: http://aozorasystems.co.jp\n"
            "5-11-16 Minatomirai, Nishi-ku\n"
            "Yokohama 220-0012"
        ),
        {
            "name": "Takuya Ishii",
            "given_name": "Takuya",
            "family_name": "Ishii",
            "title": "Line Worker",
            "company": "Aozora Systems Co., Ltd.",
            "emails": ["tishii@aozorasystems.co.jp"],
            "phones": {"+817087388744": "mobile", "+81453250304": "work", "+81454124667": "fax"},
            "websites": ["https://aozorasystems.co.jp"],
            "address": "5-11-16 Minatomirai, Nishi-ku, Yokohama 220-0012",
            "region": "JP",
        },
    ),
    (
        "b6-jp-14-stack",
        (
            "Misaki Suzuki\n"
            "Project Engineer\n"
            "Asahi Logistics Holdings Inc.\n"
            "1-7-12 Karasuma-dori, Shimogyo-ku\n"
            "Kyoto 600-8008, Japan\n"
            "Phone 075-612-5782\n"
            "misaki.suzuki@asahilogistics.jp\n"
            "Website: www.asahilogistics.jp"
        ),
        {
            "name": "Misaki Suzuki",
            "given_name": "Misaki",
            "family_name": "Suzuki",
            "title": "Project Engineer",
            "company": "Asahi Logistics Holdings Inc.",
            "emails": ["misaki.suzuki@asahilogistics.jp"],
            "phones": {"+81756125782": "work"},
            "websites": ["https://www.asahilogistics.jp"],
            "address": "1-7-12 Karasuma-dori, Shimogyo-ku, Kyoto 600-8008, Japan",
            "region": "JP",
        },
    ),
]

OTHER: list[Case] = [
    (
        "b6-gb-01-stack-honorific-phone-email-line",
        (
            "Lacy Holder, PhD\n"
            "Entertainer\n"
            "Lonmin LLP\n"
            "700 Eglantine Crescent, Wymondham, EH7N 6TP, United Kingdom\n"
            "+44 131 727 7930 | Mail: lacy@routine.guitars\n"
            "www.routine.guitars"
        ),
        {
            "name": "Lacy Holder",
            "given_name": "Lacy",
            "family_name": "Holder",
            "title": "Entertainer",
            "company": "Lonmin LLP",
            "emails": ["lacy@routine.guitars"],
            "phones": {"+441317277930": "work"},
            "websites": ["https://www.routine.guitars"],
            "address": "700 Eglantine Crescent, Wymondham, EH7N 6TP, United Kingdom",
        },
    ),
    (
        "b6-gb-02-stack-phone-email-line",
        (
            "Sparkle Colon\n"
            "Organist\n"
            "Polymetal Int PLC\n"
            "593 Ballyeaston Walk\n"
            "Uckfield AT3A 4EM\n"
            "Mobile: 07706 456298\n"
            "Tel 0113 568 5465 | sparkle.colon@polymetal.co.uk | www.polymetal.co.uk"
        ),
        {
            "name": "Sparkle Colon",
            "given_name": "Sparkle",
            "family_name": "Colon",
            "title": "Organist",
            "company": "Polymetal Int PLC",
            "emails": ["sparkle.colon@polymetal.co.uk"],
            "phones": {"+447706456298": "mobile", "+441135685465": "work"},
            "websites": ["https://www.polymetal.co.uk"],
            "address": "593 Ballyeaston Walk, Uckfield AT3A 4EM",
            "region": "GB",
        },
    ),
    (
        "b6-gb-03-address-top",
        (
            "Udg Healthcare Limited\n"
            "1117 Drumacanver Annex\n"
            "Westhoughton, JY5W 9OC\n"
            "Lera Delgado\n"
            "Butcher\n"
            "Tel. 0121 618 5556\n"
            "lerad@udg-healthcare.co.uk\n"
            "W. http://www.udg-healthcare.co.uk"
        ),
        {
            "name": "Lera Delgado",
            "given_name": "Lera",
            "family_name": "Delgado",
            "title": "Butcher",
            "company": "Udg Healthcare Limited",
            "emails": ["lerad@udg-healthcare.co.uk"],
            "phones": {"+441216185556": "work"},
            "websites": ["https://www.udg-healthcare.co.uk"],
            "address": "1117 Drumacanver Annex, Westhoughton, JY5W 9OC",
            "region": "GB",
        },
    ),
    (
        "b6-gb-04-title-above",
        (
            "Studio Manager\n"
            "Shelby Fields\n"
            "Close Br.grp. LLP\n"
            "+44 7467 305626\n"
            "Phone +44 141 233 1181\n"
            "sfields@close.co.uk\n"
            "www.close.co.uk\n"
            "648 Glenmakeeran Parkway\n"
            "Laugharne, FA1F 7ZN"
        ),
        {
            "name": "Shelby Fields",
            "given_name": "Shelby",
            "family_name": "Fields",
            "title": "Studio Manager",
            "company": "Close Br.grp. LLP",
            "emails": ["sfields@close.co.uk"],
            "phones": {"+447467305626": "mobile", "+441412331181": "work"},
            "websites": ["https://www.close.co.uk"],
            "address": "648 Glenmakeeran Parkway, Laugharne, FA1F 7ZN",
        },
    ),
    (
        "b6-gb-05-stack",
        (
            "Tonita Mcmillan\n"
            "Navigator\n"
            "Saga\n"
            "422 Bourlon Extension\n"
            "Holywell CW7Q 2TX\n"
            "M +44 (0)7711 171163\n"
            "Ph. 0117 152 7547\n"
            "tonitam@saga.com"
        ),
        {
            "name": "Tonita Mcmillan",
            "given_name": "Tonita",
            "family_name": "Mcmillan",
            "title": "Navigator",
            "company": "Saga",
            "emails": ["tonitam@saga.com"],
            "phones": {"+447711171163": "mobile", "+441171527547": "work"},
            "websites": [],
            "address": "422 Bourlon Extension, Holywell CW7Q 2TX",
            "region": "GB",
        },
    ),
    (
        "b6-gb-06-company-first",
        (
            "Euromoney Inst.\n"
            "Armanda Pickett\n"
            "Verger\n"
            "Tel. 020 7145 7269\n"
            "07845 653807\n"
            "Fax: 0161 222 5372\n"
            "E-Mail: armanda@euromoney.co.uk\n"
            "www.euromoney.co.uk\n"
            "647 Castlecaulfield Heights\n"
            "Hove, OS2W 1FE"
        ),
        {
            "name": "Armanda Pickett",
            "given_name": "Armanda",
            "family_name": "Pickett",
            "title": "Verger",
            "company": "Euromoney Inst.",
            "emails": ["armanda@euromoney.co.uk"],
            "phones": {"+442071457269": "work", "+447845653807": "mobile", "+441612225372": "fax"},
            "websites": ["https://www.euromoney.co.uk"],
            "address": "647 Castlecaulfield Heights, Hove, OS2W 1FE",
            "region": "GB",
        },
    ),
    (
        "b6-gb-07-company-first-phone-email-line",
        (
            "Johnson Matthey\n"
            "Otis Adams\n"
            "Horse Trainer\n"
            "T 0131 001 6347\n"
            "M. 07438 124504\n"
            "Fax 020 7907 0953 | Email: otis@johnsonmatthey.co.uk\n"
            "W: http://johnsonmatthey.co.uk\n"
            "1110 Bavan Shore\n"
            "Wells, JW4D 6QZ"
        ),
        {
            "name": "Otis Adams",
            "given_name": "Otis",
            "family_name": "Adams",
            "title": "Horse Trainer",
            "company": "Johnson Matthey",
            "emails": ["otis@johnsonmatthey.co.uk"],
            "phones": {"+441310016347": "work", "+447438124504": "mobile", "+442079070953": "fax"},
            "websites": ["https://johnsonmatthey.co.uk"],
            "address": "1110 Bavan Shore, Wells, JW4D 6QZ",
            "region": "GB",
        },
    ),
    (
        "b6-gb-08-stack-caps-name-caps-company",
        (
            "LEO SWEENEY\n"
            "Aircraft Maintenance Engineer\n"
            "JOHN LAING INF\n"
            "1263 Breakly Ranch\n"
            "Cheltenham, GE8N 5YL\n"
            "T. +44 20 3008 3395\n"
            "M +44 (0)7402 680445\n"
            "E-mail: lsweeney@johnlaing.co.uk\n"
            "W: www.johnlaing.co.uk/en"
        ),
        {
            "name": "Leo Sweeney",
            "given_name": "Leo",
            "family_name": "Sweeney",
            "title": "Aircraft Maintenance Engineer",
            "company": "John Laing Inf",
            "emails": ["lsweeney@johnlaing.co.uk"],
            "phones": {"+442030083395": "work", "+447402680445": "mobile"},
            "websites": ["https://www.johnlaing.co.uk/en"],
            "address": "1263 Breakly Ranch, Cheltenham, GE8N 5YL",
        },
    ),
    (
        "b6-gb-09-company-only",
        (
            "Gr.portland LLP\n"
            "690 Drumgooland Junction\n"
            "Dumfries VD1Y 5LE\n"
            "Ph: +44 20 3796 7944\n"
            "F: +44 113 877 3729\n"
            "E-Mail: office@gr-portland.co.uk"
        ),
        {
            "name": None,
            "title": None,
            "company": "Gr.portland LLP",
            "emails": ["office@gr-portland.co.uk"],
            "phones": {"+442037967944": "work", "+441138773729": "fax"},
            "websites": [],
            "address": "690 Drumgooland Junction, Dumfries VD1Y 5LE",
        },
    ),
    (
        "b6-au-01-company-last-freemail",
        (
            "Tyrone Higgins\n"
            "Physiologist\n"
            "Phone: (03) 9140 4881\n"
            "Mobile 0452-671-095\n"
            "E-Mail: tyrone.higgins42@bigpond.com\n"
            "metsooutotec.com.au\n"
            "1141 Dunverne Motorway\n"
            "Brookfield WA 8462\n"
            "Metso Outotec Australia Limited"
        ),
        {
            "name": "Tyrone Higgins",
            "given_name": "Tyrone",
            "family_name": "Higgins",
            "title": "Physiologist",
            "company": "Metso Outotec Australia Limited",
            "emails": ["tyrone.higgins42@bigpond.com"],
            "phones": {"+61391404881": "work", "+61452671095": "mobile"},
            "websites": ["https://metsooutotec.com.au"],
            "address": "1141 Dunverne Motorway, Brookfield WA 8462",
            "region": "AU",
        },
    ),
    (
        "b6-au-02-address-top",
        (
            "Hitachi Construction Machinery Oceania Holdings Pty Ltd\n"
            "609 Gortgole Green\n"
            "Donna ACT 6786\n"
            "Cleotilde Saunders\n"
            "Rug Maker\n"
            "Phone 03 8966 6131\n"
            "E-mail: cleotilde_saunders@hitachi.com.au"
        ),
        {
            "name": "Cleotilde Saunders",
            "given_name": "Cleotilde",
            "family_name": "Saunders",
            "title": "Rug Maker",
            "company": "Hitachi Construction Machinery Oceania Holdings Pty Ltd",
            "emails": ["cleotilde_saunders@hitachi.com.au"],
            "phones": {"+61389666131": "work"},
            "websites": [],
            "address": "609 Gortgole Green, Donna ACT 6786",
            "region": "AU",
        },
    ),
    (
        "b6-au-03-comma-freelance",
        (
            "Sharolyn Key, Councillor\n"
            "Mob. +61 (0)463 970 392\n"
            "Mail: sharolyn@sharolynkey.com.au\n"
            "www.sharolynkey.com.au/\n"
            "1041 Coharra Bayou\n"
            "Point Pleasant WA 1663\n"
            "Australia"
        ),
        {
            "name": "Sharolyn Key",
            "given_name": "Sharolyn",
            "family_name": "Key",
            "title": "Councillor",
            "company": None,
            "emails": ["sharolyn@sharolynkey.com.au"],
            "phones": {"+61463970392": "mobile"},
            "websites": ["https://www.sharolynkey.com.au"],
            "address": "1041 Coharra Bayou, Point Pleasant WA 1663, Australia",
        },
    ),
    (
        "b6-au-04-title-above-caps-company-noisy",
        (
            "|Textile Worker\n"
            "Lavinia Montoya\n"
            "EVOLUTION MINING LIMITED\n"
            "Mobile: 0433 384 040  |  Tel. 02 8470 7797\n"
            "lavinia.montoya@evolutionmining.com.au\n"
            "www.evolutionmining.com.au/\n"
            "543 Carnforth Cove\n"
            "Imperial Beach NT 4708"
        ),
        {
            "name": "Lavinia Montoya",
            "given_name": "Lavinia",
            "family_name": "Montoya",
            "title": "Textile Worker",
            "company": "Evolution Mining Limited",
            "emails": ["lavinia.montoya@evolutionmining.com.au"],
            "phones": {"+61433384040": "mobile", "+61284707797": "work"},
            "websites": ["https://www.evolutionmining.com.au"],
            "address": "543 Carnforth Cove, Imperial Beach NT 4708",
            "region": "AU",
        },
    ),
    (
        "b6-au-05-address-top-noisy",
        (
            "Zip Co Limited\n"
            "1369  Lettercarn Court\n"
            "Sparks WA 7632, Australia\n"
            "Synthia Fox\n"
            "Training  Manager\n"
            "Cell: +61 (0)489 083 797\n"
            "Direct Line: (02) 8664 6477\n"
            "E-mail: synthia.fox@avenue.np · W: www.avenue.np/"
        ),
        {
            "name": "Synthia Fox",
            "given_name": "Synthia",
            "family_name": "Fox",
            "title": "Training Manager",
            "company": "Zip Co Limited",
            "emails": ["synthia.fox@avenue.np"],
            "phones": {"+61489083797": "mobile", "+61286646477": "work"},
            "websites": ["https://www.avenue.np"],
            "address": "1369 Lettercarn Court, Sparks WA 7632, Australia",
            "region": "AU",
        },
    ),
    (
        "b6-au-06-stack-caps-company",
        (
            "Fredric Tanner\n"
            "Interior Designer\n"
            "AURECON GROUP PTY LTD\n"
            "+61 (0)2 8834 3264\n"
            "e. tanner.fredric@aurecon.com.au\n"
            "1003 Dolmen Ferry\n"
            "Port Hueneme SA 7978\n"
            "Australia"
        ),
        {
            "name": "Fredric Tanner",
            "given_name": "Fredric",
            "family_name": "Tanner",
            "title": "Interior Designer",
            "company": "Aurecon Group Pty Ltd",
            "emails": ["tanner.fredric@aurecon.com.au"],
            "phones": {"+61288343264": "work"},
            "websites": [],
            "address": "1003 Dolmen Ferry, Port Hueneme SA 7978, Australia",
        },
    ),
    (
        "b6-au-07-stack-phone-email-line",
        (
            "Marylouise Pratt\n"
            "Tractor Mechanic\n"
            "Spotlight Group Holdings Pty Ltd\n"
            "T. +61 (0)7 3641 3205 · marylouise.pratt@spotlight.com.au\n"
            "285 Henrietta Plaza\n"
            "Chillicothe ACT 7855\n"
            "Australia"
        ),
        {
            "name": "Marylouise Pratt",
            "given_name": "Marylouise",
            "family_name": "Pratt",
            "title": "Tractor Mechanic",
            "company": "Spotlight Group Holdings Pty Ltd",
            "emails": ["marylouise.pratt@spotlight.com.au"],
            "phones": {"+61736413205": "work"},
            "websites": [],
            "address": "285 Henrietta Plaza, Chillicothe ACT 7855, Australia",
        },
    ),
    (
        "b6-au-08-stack",
        (
            "Merrie Beach\n"
            "Tiler\n"
            "Hollard Holdings Australia Pty Ltd\n"
            "+61 420 066 202\n"
            "T. +61 3 9985 9977\n"
            "Mail: merrie.beach@hollardholdings.com.au\n"
            "898 Bencran Arcade\n"
            "Chester VIC 8634\n"
            "Australia"
        ),
        {
            "name": "Merrie Beach",
            "given_name": "Merrie",
            "family_name": "Beach",
            "title": "Tiler",
            "company": "Hollard Holdings Australia Pty Ltd",
            "emails": ["merrie.beach@hollardholdings.com.au"],
            "phones": {"+61420066202": "mobile", "+61399859977": "work"},
            "websites": [],
            "address": "898 Bencran Arcade, Chester VIC 8634, Australia",
        },
    ),
    (
        "b6-ca-01-stack",
        (
            "Isabel Stanley\n"
            "Chef\n"
            "Commodore Books\n"
            "616 Carmen Way\n"
            "Albany, NL G3I 4M7, Canada\n"
            "Tel: (403) 909-1958\n"
            "e. isabel@commodorebooks.ca\n"
            "https://www.commodorebooks.ca"
        ),
        {
            "name": "Isabel Stanley",
            "given_name": "Isabel",
            "family_name": "Stanley",
            "title": "Chef",
            "company": "Commodore Books",
            "emails": ["isabel@commodorebooks.ca"],
            "phones": {"+14039091958": "work"},
            "websites": ["https://www.commodorebooks.ca"],
            "address": "616 Carmen Way, Albany, NL G3I 4M7, Canada",
            "region": "CA",
        },
    ),
    (
        "b6-ca-02-company-last-no-address-phone-email-line-noisy",
        (
            "Philippe West\n"
            "Administrator\n"
            "Cell: +1-514-497-3023  |  philippe.west@oaks.giving\n"
            "oaks.giving\n"
            "Bombardier Recreational Products\n"
            "Since  1987"
        ),
        {
            "name": "Philippe West",
            "given_name": "Philippe",
            "family_name": "West",
            "title": "Administrator",
            "company": "Bombardier Recreational Products",
            "emails": ["philippe.west@oaks.giving"],
            "phones": {"+15144973023": "mobile"},
            "websites": ["https://oaks.giving"],
        },
    ),
    (
        "b6-ca-03-address-top",
        (
            "AVI Sound International, Corp.\n"
            "752 Bourassa Alley, Burton, MB Q7R 8R2, Canada\n"
            "Evan Daniel\n"
            "Planning Technician\n"
            "M +1.416.837.7790\n"
            "Email: evan.daniel@avisound.ca\n"
            "www.avisound.ca"
        ),
        {
            "name": "Evan Daniel",
            "given_name": "Evan",
            "family_name": "Daniel",
            "title": "Planning Technician",
            "company": "AVI Sound International, Corp.",
            "emails": ["evan.daniel@avisound.ca"],
            "phones": {"+14168377790": "mobile"},
            "websites": ["https://www.avisound.ca"],
            "address": "752 Bourassa Alley, Burton, MB Q7R 8R2, Canada",
        },
    ),
    (
        "b6-ca-04-title-above",
        (
            "Hire Car Driver\n"
            "Laurie Garcia\n"
            "Central Heat Distribution Inc.\n"
            "+1-403-787-9395  |  Cell: +1 (778) 883-6926\n"
            "F +1-403-927-0579\n"
            "Email: laurie.garcia@central.ca\n"
            "Email: enquiries@central.ca\n"
            "W: www.central.ca\n"
            "202 Wellesley Street\n"
            "Lynbrook, AB U6Z 8O4"
        ),
        {
            "name": "Laurie Garcia",
            "given_name": "Laurie",
            "family_name": "Garcia",
            "title": "Hire Car Driver",
            "company": "Central Heat Distribution Inc.",
            "emails": ["laurie.garcia@central.ca", "enquiries@central.ca"],
            "phones": {"+14037879395": "work", "+17788836926": "mobile", "+14039270579": "fax"},
            "websites": ["https://www.central.ca"],
            "address": "202 Wellesley Street, Lynbrook, AB U6Z 8O4",
        },
    ),
    (
        "b6-ca-05-company-first-honorific",
        (
            "Canadian Tire, Ltd.\n"
            "Excellence in every detail\n"
            "Joshua Guerrero, PhD\n"
            "Television Presenter\n"
            "T: 306 622 9024\n"
            "E: joshua.guerrero@canadiantire.ca\n"
            "1038 Kedey Avenue\n"
            "Grand Rapids, NS Y6T 5E0"
        ),
        {
            "name": "Joshua Guerrero",
            "given_name": "Joshua",
            "family_name": "Guerrero",
            "title": "Television Presenter",
            "company": "Canadian Tire, Ltd.",
            "emails": ["joshua.guerrero@canadiantire.ca"],
            "phones": {"+13066229024": "work"},
            "websites": [],
            "address": "1038 Kedey Avenue, Grand Rapids, NS Y6T 5E0",
            "region": "CA",
        },
    ),
    (
        "b6-ca-06-stack",
        (
            "Katie Silva\n"
            "Master Mariner\n"
            "Coteau Books\n"
            "Modern solutions for modern business\n"
            "187 Quail Run Way\n"
            "Washington, QC P9I 6E5\n"
            "M. 416.275.3475\n"
            "E-mail: ksilva@coteaubooks.ca\n"
            "coteaubooks.ca"
        ),
        {
            "name": "Katie Silva",
            "given_name": "Katie",
            "family_name": "Silva",
            "title": "Master Mariner",
            "company": "Coteau Books",
            "emails": ["ksilva@coteaubooks.ca"],
            "phones": {"+14162753475": "mobile"},
            "websites": ["https://coteaubooks.ca"],
            "address": "187 Quail Run Way, Washington, QC P9I 6E5",
            "region": "CA",
        },
    ),
    (
        "b6-ca-07-stack-honorific-caps-company-noisy",
        (
            "Jules Jarvis, PhD\n"
            "© Projectionist\n"
            "FIRST MAJESTIC  SILVER INC.\n"
            "1193 Cooper Street\n"
            "San Bernardino, QC  W0S 5O4\n"
            "T: 438-222-8523\n"
            "E-mail: jules.jarvis@thumbnails.name\n"
            "E-mail: contact@thumbnails.name"
        ),
        {
            "name": "Jules Jarvis",
            "given_name": "Jules",
            "family_name": "Jarvis",
            "title": "Projectionist",
            "company": "First Majestic Silver Inc.",
            "emails": ["jules.jarvis@thumbnails.name", "contact@thumbnails.name"],
            "phones": {"+14382228523": "work"},
            "websites": [],
            "address": "1193 Cooper Street, San Bernardino, QC W0S 5O4",
            "region": "CA",
        },
    ),
    (
        "b6-ca-08-company-last",
        (
            "Vicky Lindsey\n"
            "Refractory Engineer\n"
            "Office +1 204 443 6304\n"
            "E: vicky@cooldrivepass.ca\n"
            "www.cooldrivepass.ca/\n"
            "1105 Eagleview Way\n"
            "Belmont, NT V8I 9P5\n"
            "Canada\n"
            "CoolDrivePass Corp."
        ),
        {
            "name": "Vicky Lindsey",
            "given_name": "Vicky",
            "family_name": "Lindsey",
            "title": "Refractory Engineer",
            "company": "CoolDrivePass Corp.",
            "emails": ["vicky@cooldrivepass.ca"],
            "phones": {"+12044436304": "work"},
            "websites": ["https://www.cooldrivepass.ca"],
            "address": "1105 Eagleview Way, Belmont, NT V8I 9P5, Canada",
        },
    ),
    (
        "b6-de-01-stack-noisy",
        (
            "Adolf Harman\n"
            "Kaufmann\n"
            "Allianz\n"
            "0172 9987094\n"
            "aharman@allianz.de\n"
            "Web: https://www.allianz.de\n"
            "Kösterstraße  22\n"
            "27584  Großbottwar"
        ),
        {
            "name": "Adolf Harman",
            "given_name": "Adolf",
            "family_name": "Harman",
            "title": "Kaufmann",
            "company": "Allianz",
            "emails": ["aharman@allianz.de"],
            "phones": {"+491729987094": "mobile"},
            "websites": ["https://www.allianz.de"],
            "address": "Kösterstraße 22, 27584 Großbottwar",
            "region": "DE",
        },
    ),
    (
        "b6-de-02-company-last-noisy",
        (
            "Helge Voigt\n"
            "Vertreterin\n"
            "Tel. +49 30 39834472\n"
            "Email: helge.voigt@kfg.de\n"
            "kfg.de\n"
            "Banater Straße 631\n"
            "70825  Münchenbernsdorf\n"
            "Kjellberg Finsterwalde GmbH & Co. KG"
        ),
        {
            "name": "Helge Voigt",
            "given_name": "Helge",
            "family_name": "Voigt",
            "title": "Vertreterin",
            "company": "Kjellberg Finsterwalde GmbH & Co. KG",
            "emails": ["helge.voigt@kfg.de"],
            "phones": {"+493039834472": "work"},
            "websites": ["https://kfg.de"],
            "address": "Banater Straße 631, 70825 Münchenbernsdorf",
        },
    ),
    (
        "b6-de-03-pipe",
        (
            "Hans Holzmann | Sekretär\n"
            "Freudenberg Group\n"
            "Lohmühlenstraße 554\n"
            "65259 Wurzbach\n"
            "Direct: 030 / 6165490\n"
            "+49 (0)170 2047719\n"
            "hans_holzmann@freudenberg.de"
        ),
        {
            "name": "Hans Holzmann",
            "given_name": "Hans",
            "family_name": "Holzmann",
            "title": "Sekretär",
            "company": "Freudenberg Group",
            "emails": ["hans_holzmann@freudenberg.de"],
            "phones": {"+49306165490": "work", "+491702047719": "mobile"},
            "websites": [],
            "address": "Lohmühlenstraße 554, 65259 Wurzbach",
            "region": "DE",
        },
    ),
    (
        "b6-de-04-company-last-no-title",
        (
            "Jonathan Baum\n"
            "Tel. 030 / 76656959\n"
            "Mobil +49 170 6830807\n"
            "jbaum@vaude.de\n"
            "W. www.vaude.de\n"
            "Eschenbachstraße 4\n"
            "06416 Sachsenhagen\n"
            "Vaude UG"
        ),
        {
            "name": "Jonathan Baum",
            "given_name": "Jonathan",
            "family_name": "Baum",
            "title": None,
            "company": "Vaude UG",
            "emails": ["jbaum@vaude.de"],
            "phones": {"+493076656959": "work", "+491706830807": "mobile"},
            "websites": ["https://www.vaude.de"],
            "address": "Eschenbachstraße 4, 06416 Sachsenhagen",
            "region": "DE",
        },
    ),
    (
        "b6-de-05-stack-caps-company-phone-email-line-noisy",
        (
            "Vonn  Foerstner\n"
            "| Arzt\n"
            "HAMA\n"
            "Am Grünen Zipfel 1138\n"
            "32660 Bergisch\n"
            "© Germany\n"
            "+49 30 68670507 | vonn.foerstner@hama.de\n"
            "www.hama.de/en"
        ),
        {
            "name": "Vonn Foerstner",
            "given_name": "Vonn",
            "family_name": "Foerstner",
            "title": "Arzt",
            "company": "Hama",
            "emails": ["vonn.foerstner@hama.de"],
            "phones": {"+493068670507": "work"},
            "websites": ["https://www.hama.de/en"],
            "address": "Am Grünen Zipfel 1138, 32660 Bergisch, Germany",
        },
    ),
    (
        "b6-de-06-company-first-caps-name-no-address-noisy",
        (
            "Phoenix Contact SE\n"
            "JANINE JANZ\n"
            "| Anwältin\n"
            "Telefon: 069/33486944   Mob. 0152 / 20392427\n"
            "Email: janine.janz@pcs.de\n"
            "Email: kontakt@pcs.de\n"
            "www.pcs.de"
        ),
        {
            "name": "Janine Janz",
            "given_name": "Janine",
            "family_name": "Janz",
            "title": "Anwältin",
            "company": "Phoenix Contact SE",
            "emails": ["janine.janz@pcs.de", "kontakt@pcs.de"],
            "phones": {"+496933486944": "work", "+4915220392427": "mobile"},
            "websites": ["https://www.pcs.de"],
            "region": "DE",
        },
    ),
    (
        "b6-de-07-address-top-noisy",
        (
            "Henkel AG\n"
            "© Zinsweilerweg 897\n"
            "23663 Schorndorf\n"
            "Janine  Heinrichs\n"
            "|Übersetzerin\n"
            "Tel. 040-38457280\n"
            "E-Mail: janine.heinrichs@henkel.de\n"
            "http://www.henkel.de"
        ),
        {
            "name": "Janine Heinrichs",
            "given_name": "Janine",
            "family_name": "Heinrichs",
            "title": "Übersetzerin",
            "company": "Henkel AG",
            "emails": ["janine.heinrichs@henkel.de"],
            "phones": {"+494038457280": "work"},
            "websites": ["https://www.henkel.de"],
            "address": "Zinsweilerweg 897, 23663 Schorndorf",
            "region": "DE",
        },
    ),
    (
        "b6-de-08-company-first-phone-email-line-noisy",
        (
            "Sixt GmbH & Co.  KG\n"
            "Grethe Hellewege\n"
            "Zahnärztin\n"
            "M. +49 157 19268984\n"
            "Tel. 0221/5658517 · grethe.hellewege@sixt.de\n"
            "Kolonie Maikäferweg 904\n"
            "15006  Niedenstein"
        ),
        {
            "name": "Grethe Hellewege",
            "given_name": "Grethe",
            "family_name": "Hellewege",
            "title": "Zahnärztin",
            "company": "Sixt GmbH & Co. KG",
            "emails": ["grethe.hellewege@sixt.de"],
            "phones": {"+4915719268984": "mobile", "+492215658517": "work"},
            "websites": [],
            "address": "Kolonie Maikäferweg 904, 15006 Niedenstein",
            "region": "DE",
        },
    ),
    (
        "b6-de-09-company-only",
        (
            "Delton\n"
            "Tel (089) 2574178\n"
            "Office: 0211 / 5118576\n"
            "e. kontakt@delton.de\n"
            "http://delton.de\n"
            "Straßburger Straße 190\n"
            "56082 Gehren"
        ),
        {
            "name": None,
            "title": None,
            "company": "Delton",
            "emails": ["kontakt@delton.de"],
            "phones": {"+49892574178": "work", "+492115118576": "work"},
            "websites": ["https://delton.de"],
            "address": "Straßburger Straße 190, 56082 Gehren",
            "region": "DE",
        },
    ),
    (
        "b6-fr-01-stack",
        (
            "Imran Villeneuve\n"
            "Chargé de communication en environnement\n"
            "Citroën SEM\n"
            "Port. 06 49 68 11 47\n"
            "Tél : 05 34 04 41 61\n"
            "E-mail: ivilleneuve@citroensem.fr\n"
            "www.citroensem.fr/\n"
            "503 Cours Saint Severin\n"
            "94061 Champigny-sur-Marne"
        ),
        {
            "name": "Imran Villeneuve",
            "given_name": "Imran",
            "family_name": "Villeneuve",
            "title": "Chargé de communication en environnement",
            "company": "Citroën SEM",
            "emails": ["ivilleneuve@citroensem.fr"],
            "phones": {"+33649681147": "mobile", "+33534044161": "work"},
            "websites": ["https://www.citroensem.fr"],
            "address": "503 Cours Saint Severin, 94061 Champigny-sur-Marne",
            "region": "FR",
        },
    ),
    (
        "b6-fr-02-company-last-noisy",
        (
            "Elia Campbell\n"
            "| Ingénieur en mécanique\n"
            "07.48.51.98.85\n"
            "+33 5 26 56 07 93\n"
            "E: eliac@big-c.fr\n"
            "http://www.big-c.fr\n"
            "855 Cour De La Graviere\n"
            "64273 Sannois\n"
            "Big C  SEL"
        ),
        {
            "name": "Elia Campbell",
            "given_name": "Elia",
            "family_name": "Campbell",
            "title": "Ingénieur en mécanique",
            "company": "Big C SEL",
            "emails": ["eliac@big-c.fr"],
            "phones": {"+33748519885": "mobile", "+33526560793": "work"},
            "websites": ["https://www.big-c.fr"],
            "address": "855 Cour De La Graviere, 64273 Sannois",
            "region": "FR",
        },
    ),
    (
        "b6-fr-03-company-last",
        (
            "Livia Bastien\n"
            "Ornithologue\n"
            "Tel 05.84.86.76.26\n"
            "E: livia.bastien@remains.yokohama\n"
            "W: www.remains.yokohama\n"
            "20 Boulevard Du Jardin De Haut\n"
            "34499 Béziers\n"
            "Beurger King Muslim SNC\n"
            "Gouvernance et performance"
        ),
        {
            "name": "Livia Bastien",
            "given_name": "Livia",
            "family_name": "Bastien",
            "title": "Ornithologue",
            "company": "Beurger King Muslim SNC",
            "emails": ["livia.bastien@remains.yokohama"],
            "phones": {"+33584867626": "work"},
            "websites": ["https://www.remains.yokohama"],
            "address": "20 Boulevard Du Jardin De Haut, 34499 Béziers",
            "region": "FR",
        },
    ),
    (
        "b6-fr-04-company-first-noisy",
        (
            "|Daher\n"
            "|Chahine Chauveau\n"
            "Ingénieur  système\n"
            "Portable +33 (0)6 04 04 57 17\n"
            "cchauveau@daher.com\n"
            "www.daher.com\n"
            "419 Cour Tilhou, 45316 Saint-Leu"
        ),
        {
            "name": "Chahine Chauveau",
            "given_name": "Chahine",
            "family_name": "Chauveau",
            "title": "Ingénieur système",
            "company": "Daher",
            "emails": ["cchauveau@daher.com"],
            "phones": {"+33604045717": "mobile"},
            "websites": ["https://www.daher.com"],
            "address": "419 Cour Tilhou, 45316 Saint-Leu",
        },
    ),
    (
        "b6-fr-05-title-company-noisy",
        (
            "Ayoub Viens\n"
            "© Géomaticien | Altadyn SAS\n"
            "Tél. +33 1 47 03 90 93   Portable +33 7 49 22 79 72\n"
            "Email: ayoub.viens@altadyn.fr\n"
            "Website: www.altadyn.fr\n"
            "571 Venelle De La Residence Huebner, 70299 Salon-de-Provence, France"
        ),
        {
            "name": "Ayoub Viens",
            "given_name": "Ayoub",
            "family_name": "Viens",
            "title": "Géomaticien",
            "company": "Altadyn SAS",
            "emails": ["ayoub.viens@altadyn.fr"],
            "phones": {"+33147039093": "work", "+33749227972": "mobile"},
            "websites": ["https://www.altadyn.fr"],
            "address": "571 Venelle De La Residence Huebner, 70299 Salon-de-Provence, France",
        },
    ),
    (
        "b6-fr-06-stack",
        (
            "Jeanne Bourgeois\n"
            "Musicien\n"
            "Atlas Telecom EI\n"
            "L'excellence au quotidien\n"
            "103 Allée Du Tissage\n"
            "39059 Neuilly-Plaisance\n"
            "France\n"
            "M. 07 79 58 32 99\n"
            "Email: jeanne.bourgeois@atlastelecom.fr"
        ),
        {
            "name": "Jeanne Bourgeois",
            "given_name": "Jeanne",
            "family_name": "Bourgeois",
            "title": "Musicien",
            "company": "Atlas Telecom EI",
            "emails": ["jeanne.bourgeois@atlastelecom.fr"],
            "phones": {"+33779583299": "mobile"},
            "websites": [],
            "address": "103 Allée Du Tissage, 39059 Neuilly-Plaisance, France",
            "region": "FR",
        },
    ),
    (
        "b6-fr-07-pipe",
        (
            "Nolhan Durand | Responsable de la communication interne\n"
            "Vera Borea SEL\n"
            "538 Impasse Du Bager\n"
            "66900 Dole\n"
            "Office 02 26 15 59 11\n"
            "e. nolhan.durand@vera.fr"
        ),
        {
            "name": "Nolhan Durand",
            "given_name": "Nolhan",
            "family_name": "Durand",
            "title": "Responsable de la communication interne",
            "company": "Vera Borea SEL",
            "emails": ["nolhan.durand@vera.fr"],
            "phones": {"+33226155911": "work"},
            "websites": [],
            "address": "538 Impasse Du Bager, 66900 Dole",
            "region": "FR",
        },
    ),
    (
        "b6-fr-08-stack-noisy-freelance",
        (
            "Virgile  Gaillard\n"
            "Chargé de mission ENR (énergies renouvelables)\n"
            "987 Prom. Salvette\n"
            "31793 Meudon\n"
            "|France\n"
            "Phone +33 4 35 29 67 98\n"
            "E-mail: virgile.gaillard@virgilegaillard.fr"
        ),
        {
            "name": "Virgile Gaillard",
            "given_name": "Virgile",
            "family_name": "Gaillard",
            "title": "Chargé de mission ENR (énergies renouvelables)",
            "company": None,
            "emails": ["virgile.gaillard@virgilegaillard.fr"],
            "phones": {"+33435296798": "work"},
            "websites": [],
            "address": "987 Prom. Salvette, 31793 Meudon, France",
        },
    ),
    (
        "b6-es-01-company-first-phone-email-line",
        (
            "NH Hoteles\n"
            "Calidad y confianza\n"
            "Uxue Campos\n"
            "Farmacéutico\n"
            "Teléfono: 917 21 10 22 | Email: uxue@nhhoteles.es\n"
            "W: www.nhhoteles.es\n"
            "Calle Clavel, 1263\n"
            "74340 Cartagena"
        ),
        {
            "name": "Uxue Campos",
            "given_name": "Uxue",
            "family_name": "Campos",
            "title": "Farmacéutico",
            "company": "NH Hoteles",
            "emails": ["uxue@nhhoteles.es"],
            "phones": {"+34917211022": "work"},
            "websites": ["https://www.nhhoteles.es"],
            "address": "Calle Clavel, 1263, 74340 Cartagena",
            "region": "ES",
        },
    ),
    (
        "b6-es-02-stack-freemail-phone-email-line-noisy",
        (
            "Santiago Merino Moreno\n"
            "Electricista\n"
            "|Almirall S.L.N.E.\n"
            "Avenida Duquesa de la Victoria, 702\n"
            "22175 L'Hospitalet de Llobregat\n"
            "918 890 887\n"
            "Fax 93 233 21 29 · replace1831@yahoo.es"
        ),
        {
            "name": "Santiago Merino Moreno",
            "given_name": "Santiago",
            "title": "Electricista",
            "company": "Almirall S.L.N.E.",
            "emails": ["replace1831@yahoo.es"],
            "phones": {"+34918890887": "work", "+34932332129": "fax"},
            "websites": [],
            "address": "Avenida Duquesa de la Victoria, 702, 22175 L'Hospitalet de Llobregat",
            "region": "ES",
        },
    ),
    (
        "b6-es-03-company-first",
        (
            "Porcelanosa S.Cra.\n"
            "Remedios Vega\n"
            "Taxista\n"
            "Móvil 714 77 08 67\n"
            "Direct Line: 953 73 15 08\n"
            "Fax 967 94 18 89\n"
            "E-Mail: remedios.vega@psc.es\n"
            "E-Mail: contacto@psc.es\n"
            "www.psc.es/\n"
            "Camiño Montiño, 940\n"
            "41197 Seville"
        ),
        {
            "name": "Remedios Vega",
            "given_name": "Remedios",
            "family_name": "Vega",
            "title": "Taxista",
            "company": "Porcelanosa S.Cra.",
            "emails": ["remedios.vega@psc.es", "contacto@psc.es"],
            "phones": {"+34714770867": "mobile", "+34953731508": "work", "+34967941889": "fax"},
            "websites": ["https://www.psc.es"],
            "address": "Camiño Montiño, 940, 41197 Seville",
            "region": "ES",
        },
    ),
    (
        "b6-es-04-title-company-phone-email-line",
        (
            "Bárbara Jimenez\n"
            "Actriz | Irizar S.C.P.\n"
            "Tel. 944 38 74 29\n"
            "Fax +34 946 02 96 47  |  barbara.jimenez@irizar.es\n"
            "www.irizar.es/\n"
            "Calle Callejón, 191, 20233 Toledo"
        ),
        {
            "name": "Bárbara Jimenez",
            "given_name": "Bárbara",
            "family_name": "Jimenez",
            "title": "Actriz",
            "company": "Irizar S.C.P.",
            "emails": ["barbara.jimenez@irizar.es"],
            "phones": {"+34944387429": "work", "+34946029647": "fax"},
            "websites": ["https://www.irizar.es"],
            "address": "Calle Callejón, 191, 20233 Toledo",
            "region": "ES",
        },
    ),
    (
        "b6-es-05-pipe-noisy",
        (
            "Irene Gonzalez | Pescador\n"
            "FerroviaI S.C.P.\n"
            "Rúa de José Cornide, 761\n"
            "37124 Segovia\n"
            "+34 952 58 51 18 | Móvil +34 722 09 62 47\n"
            "Email: irene.gonzalez@locale.asia\n"
            "Plata o Plomo"
        ),
        {
            "name": "Irene Gonzalez",
            "given_name": "Irene",
            "family_name": "Gonzalez",
            "title": "Pescador",
            "company": "Ferrovial S.C.P.",
            "emails": ["irene.gonzalez@locale.asia"],
            "phones": {"+34952585118": "work", "+34722096247": "mobile"},
            "websites": [],
            "address": "Rúa de José Cornide, 761, 37124 Segovia",
        },
    ),
    (
        "b6-es-06-company-last",
        (
            "Florencia Herrero\n"
            "Escritor\n"
            "Mobile 720 234 005\n"
            "Tlf. 91 750 06 21\n"
            "florencia.herrero@denial.school\n"
            "Calle Lepanto, 171\n"
            "87732 Costa del sol\n"
            "Cintra\n"
            "Soluciones modernas para tu empresa"
        ),
        {
            "name": "Florencia Herrero",
            "given_name": "Florencia",
            "family_name": "Herrero",
            "title": "Escritor",
            "company": "Cintra",
            "emails": ["florencia.herrero@denial.school"],
            "phones": {"+34720234005": "mobile", "+34917500621": "work"},
            "websites": [],
            "address": "Calle Lepanto, 171, 87732 Costa del sol",
            "region": "ES",
        },
    ),
    (
        "b6-es-07-comma-noisy",
        (
            "GreteI Vega Molina, Pescador\n"
            "Afinsa\n"
            "M: +34 721 21 10 64\n"
            "Tel. +34 968 35 47 13\n"
            "Email: gvegamolina@afinsa.es\n"
            "www.afinsa.es\n"
            "Calle Hermanos  Miranda, 1333\n"
            "02028 La  Orotava"
        ),
        {
            "name": "Gretel Vega Molina",
            "given_name": "Gretel",
            "title": "Pescador",
            "company": "Afinsa",
            "emails": ["gvegamolina@afinsa.es"],
            "phones": {"+34721211064": "mobile", "+34968354713": "work"},
            "websites": ["https://www.afinsa.es"],
            "address": "Calle Hermanos Miranda, 1333, 02028 La Orotava",
        },
    ),
    (
        "b6-it-01-company-first-noisy",
        (
            "Moby Lines S.s.\n"
            "|Marzio Anastasi\n"
            "© Necroforo\n"
            "Mob. 335 5196174\n"
            "Telefono 055-295 7306\n"
            "marzio.anastasi@moby.it\n"
            "837 Via  degli Aragona\n"
            "34165 Perugia (LU)\n"
            "Italia"
        ),
        {
            "name": "Marzio Anastasi",
            "given_name": "Marzio",
            "family_name": "Anastasi",
            "title": "Necroforo",
            "company": "Moby Lines S.s.",
            "emails": ["marzio.anastasi@moby.it"],
            "phones": {"+393355196174": "mobile", "+390552957306": "work"},
            "websites": [],
            "address": "837 Via degli Aragona, 34165 Perugia (LU), Italia",
            "region": "IT",
        },
    ),
    (
        "b6-it-02-company-last",
        (
            "Giuseppe Castagnola\n"
            "Ricercatore\n"
            "Ph: 02 4183 2811\n"
            "Email: giuseppe@msc.it\n"
            "765 Via degli San Martino\n"
            "68363 Fano (NU)\n"
            "MSC"
        ),
        {
            "name": "Giuseppe Castagnola",
            "given_name": "Giuseppe",
            "family_name": "Castagnola",
            "title": "Ricercatore",
            "company": "MSC",
            "emails": ["giuseppe@msc.it"],
            "phones": {"+390241832811": "work"},
            "websites": [],
            "address": "765 Via degli San Martino, 68363 Fano (NU)",
            "region": "IT",
        },
    ),
    (
        "b6-it-03-pipe-caps-name-honorific-caps-company-phone-email-line",
        (
            "Ing. ELIGIO BOCCUZZI | Giudice istruttore\n"
            "IMPRESA PIZZAROTTI\n"
            "1280 Via Cenina\n"
            "76700 Ravenna (TV)\n"
            "Italy\n"
            "T 045 675 2678  |  Email: eligio.boccuzzi@impresapizzarotti.it\n"
            "W: www.impresapizzarotti.it"
        ),
        {
            "name": "Eligio Boccuzzi",
            "given_name": "Eligio",
            "family_name": "Boccuzzi",
            "title": "Giudice istruttore",
            "company": "Impresa Pizzarotti",
            "emails": ["eligio.boccuzzi@impresapizzarotti.it"],
            "phones": {"+390456752678": "work"},
            "websites": ["https://www.impresapizzarotti.it"],
            "address": "1280 Via Cenina, 76700 Ravenna (TV), Italy",
            "region": "IT",
        },
    ),
    (
        "b6-it-04-company-last",
        (
            "Romario Civitarese\n"
            "Ortopedico\n"
            "Telefono 055 277 7808\n"
            "E-Mail: romario.civitarese@errea-s.it\n"
            "W. http://www.errea-s.it\n"
            "836 Via degli Umberto Grosso\n"
            "03599 Castellammare di Stabia (PT)\n"
            "Italy\n"
            "Erreà S.p.a."
        ),
        {
            "name": "Romario Civitarese",
            "given_name": "Romario",
            "family_name": "Civitarese",
            "title": "Ortopedico",
            "company": "Erreà S.p.a.",
            "emails": ["romario.civitarese@errea-s.it"],
            "phones": {"+390552777808": "work"},
            "websites": ["https://www.errea-s.it"],
            "address": "836 Via degli Umberto Grosso, 03599 Castellammare di Stabia (PT), Italy",
            "region": "IT",
        },
    ),
    (
        "b6-it-05-title-above",
        (
            "Entomologo\n"
            "Lorenz Guerriero\n"
            "Diesel\n"
            "Ph. 011 896 7070\n"
            "Fax 011 8792214\n"
            "Email: lorenzg@diesel.it\n"
            "Email: info@diesel.it\n"
            "http://www.diesel.it\n"
            "532 Via degli Flaminia Nuova\n"
            "98741 Cesena (SR)"
        ),
        {
            "name": "Lorenz Guerriero",
            "given_name": "Lorenz",
            "family_name": "Guerriero",
            "title": "Entomologo",
            "company": "Diesel",
            "emails": ["lorenzg@diesel.it", "info@diesel.it"],
            "phones": {"+390118967070": "work", "+390118792214": "fax"},
            "websites": ["https://www.diesel.it"],
            "address": "532 Via degli Flaminia Nuova, 98741 Cesena (SR)",
            "region": "IT",
        },
    ),
    (
        "b6-it-06-title-above-honorific",
        (
            "Paleografo\n"
            "Dott. Filipo Valenza\n"
            "Buzzi Unicem S.r.l.\n"
            "Innovazione e tradizione moderna\n"
            "Cellulare 336-240 5805\n"
            "filipo@buzziunicem.com\n"
            "Web: www.buzziunicem.com\n"
            "1086 Viale Montefalcione\n"
            "44797 Quartu Sant'Elena (BN)\n"
            "Italia"
        ),
        {
            "name": "Filipo Valenza",
            "given_name": "Filipo",
            "family_name": "Valenza",
            "title": "Paleografo",
            "company": "Buzzi Unicem S.r.l.",
            "emails": ["filipo@buzziunicem.com"],
            "phones": {"+393362405805": "mobile"},
            "websites": ["https://www.buzziunicem.com"],
            "address": "1086 Viale Montefalcione, 44797 Quartu Sant'Elena (BN), Italia",
            "region": "IT",
        },
    ),
    (
        "b6-it-07-company-first-caps-name-caps-company-phone-email-line-noisy",
        (
            "FERRETTI GROUP\n"
            "FILIBERTO PANDOLFO\n"
            "Magazziniere\n"
            "Phone: 011 724 1176\n"
            "Mob. 342-825 0609 | E: pandolfo.filiberto@ferretti.it\n"
            "E: info@ferretti.it\n"
            "Web: ferretti.it\n"
            "| 988 Viale San Leonardo\n"
            "49455 Bitonto (GO)"
        ),
        {
            "name": "Filiberto Pandolfo",
            "given_name": "Filiberto",
            "family_name": "Pandolfo",
            "title": "Magazziniere",
            "company": "Ferretti Group",
            "emails": ["pandolfo.filiberto@ferretti.it", "info@ferretti.it"],
            "phones": {"+390117241176": "work", "+393428250609": "mobile"},
            "websites": ["https://ferretti.it"],
            "address": "988 Viale San Leonardo, 49455 Bitonto (GO)",
            "region": "IT",
        },
    ),
    (
        "b6-nl-01-company-first",
        (
            "Koninklijke Ten Cate\n"
            "Kirsten Oinck\n"
            "Logistiek manager opslag\n"
            "Telefoon 030-7774768\n"
            "Mobile: 06 37768376\n"
            "kirsten@koninklijke.nl · koninklijke.nl\n"
            "Helstraat 1117\n"
            "1347 LQ Van Ewijcksluis"
        ),
        {
            "name": "Kirsten Oinck",
            "given_name": "Kirsten",
            "family_name": "Oinck",
            "title": "Logistiek manager opslag",
            "company": "Koninklijke Ten Cate",
            "emails": ["kirsten@koninklijke.nl"],
            "phones": {"+31307774768": "work", "+31637768376": "mobile"},
            "websites": ["https://koninklijke.nl"],
            "address": "Helstraat 1117, 1347 LQ Van Ewijcksluis",
            "region": "NL",
        },
    ),
    (
        "b6-nl-02-company-last-caps-company-noisy",
        (
            "Wiep Hoeijenk\n"
            "Verwarmingsmonteur\n"
            "Direct: 040-7730732\n"
            "+31 6 28969481\n"
            "E-Mail: wiep.hoeijenk@hagemeyer.nl\n"
            "E-Mail: contact@hagemeyer.nl\n"
            "Website: hagemeyer.nl\n"
            "Wiardaplantage 742\n"
            "© 1077 YO Schellinkhout\n"
            "The Netherlands\n"
            "HAGEMEYER"
        ),
        {
            "name": "Wiep Hoeijenk",
            "given_name": "Wiep",
            "family_name": "Hoeijenk",
            "title": "Verwarmingsmonteur",
            "company": "Hagemeyer",
            "emails": ["wiep.hoeijenk@hagemeyer.nl", "contact@hagemeyer.nl"],
            "phones": {"+31407730732": "work", "+31628969481": "mobile"},
            "websites": ["https://hagemeyer.nl"],
            "address": "Wiardaplantage 742, 1077 YO Schellinkhout, The Netherlands",
            "region": "NL",
        },
    ),
    (
        "b6-nl-03-company-last-caps-company",
        (
            "Wilhelmina Mellendijk\n"
            "Boekhouder\n"
            "040 668 1975\n"
            "Mobiel 06 22063886\n"
            "wmellendijk@royal-dutch.nl  Web: https://www.royal-dutch.nl\n"
            "Raadhuisstraat 807, 1262 SM Heiloo\n"
            "ROYAL DUTCH SHELL N.V."
        ),
        {
            "name": "Wilhelmina Mellendijk",
            "given_name": "Wilhelmina",
            "family_name": "Mellendijk",
            "title": "Boekhouder",
            "company": "Royal Dutch Shell N.V.",
            "emails": ["wmellendijk@royal-dutch.nl"],
            "phones": {"+31406681975": "work", "+31622063886": "mobile"},
            "websites": ["https://www.royal-dutch.nl"],
            "address": "Raadhuisstraat 807, 1262 SM Heiloo",
            "region": "NL",
        },
    ),
    (
        "b6-nl-04-comma",
        (
            "Isabelle van Kijsvelltt, Kinderverzorgster\n"
            "Royal Dutch Shell BV\n"
            "Uw partner in moderne logistiek\n"
            "Tel. +31 70 394 4679\n"
            "Mob. 06 24 40 54 03\n"
            "Fax +31 (0)40 485 4653\n"
            "E: isabellev@royal.nl\n"
            "http://royal.nl\n"
            "Stokhorstweg 821\n"
            "1071 AX De Weed"
        ),
        {
            "name": "Isabelle van Kijsvelltt",
            "given_name": "Isabelle",
            "family_name": "van Kijsvelltt",
            "title": "Kinderverzorgster",
            "company": "Royal Dutch Shell BV",
            "emails": ["isabellev@royal.nl"],
            "phones": {"+31703944679": "work", "+31624405403": "mobile", "+31404854653": "fax"},
            "websites": ["https://royal.nl"],
            "address": "Stokhorstweg 821, 1071 AX De Weed",
            "region": "NL",
        },
    ),
    (
        "b6-nl-05-stack-honorific-noisy",
        (
            "ir. Olle Brummes\n"
            "Kantooradministrateur\n"
            "Royal Dutch Shell\n"
            "KwaIiteit sinds 1978\n"
            "Kamgras 1258\n"
            "1947 RX Busch en Dam\n"
            "Telefoon 020-2197482 · M 06 11 98 21 09\n"
            "Fax +31 40 775 2630\n"
            "Mail: olle.brummes@royal.nl\n"
            "Mail: info@royal.nl\n"
            "Web: www.royal.nl"
        ),
        {
            "name": "Olle Brummes",
            "given_name": "Olle",
            "family_name": "Brummes",
            "title": "Kantooradministrateur",
            "company": "Royal Dutch Shell",
            "emails": ["olle.brummes@royal.nl", "info@royal.nl"],
            "phones": {"+31202197482": "work", "+31611982109": "mobile", "+31407752630": "fax"},
            "websites": ["https://www.royal.nl"],
            "address": "Kamgras 1258, 1947 RX Busch en Dam",
            "region": "NL",
        },
    ),
    (
        "b6-br-01-company-first-caps-name-caps-company-phone-email-line",
        (
            "WALT DISNEY COMPANY\n"
            "Inovação que transforma\n"
            "NILSA TAYLOR\n"
            "Dentista\n"
            "Celular +55 61 96643 4682 | nilsa@waltdisney.com.br\n"
            "Website: https://www.waltdisney.com.br\n"
            "Ribanceira Rua São João 1251\n"
            "42049-779 Turmalina - PR"
        ),
        {
            "name": "Nilsa Taylor",
            "given_name": "Nilsa",
            "family_name": "Taylor",
            "title": "Dentista",
            "company": "Walt Disney Company",
            "emails": ["nilsa@waltdisney.com.br"],
            "phones": {"+5561966434682": "mobile"},
            "websites": ["https://www.waltdisney.com.br"],
            "address": "Ribanceira Rua São João 1251, 42049-779 Turmalina - PR",
        },
    ),
    (
        "b6-br-02-title-above-freemail",
        (
            "Estudioso\n"
            "Tolentino Barnett Lozano\n"
            "Uwajimaya EIRELI\n"
            "(11) 4769 6707\n"
            "tolentinob@bol.com.br\n"
            "W. www.uwajimaya.com.br\n"
            "Quadrado Rua Três 316, 84585-908 Nazarezinho - MT"
        ),
        {
            "name": "Tolentino Barnett Lozano",
            "given_name": "Tolentino",
            "title": "Estudioso",
            "company": "Uwajimaya EIRELI",
            "emails": ["tolentinob@bol.com.br"],
            "phones": {"+551147696707": "work"},
            "websites": ["https://www.uwajimaya.com.br"],
            "address": "Quadrado Rua Três 316, 84585-908 Nazarezinho - MT",
            "region": "BR",
        },
    ),
    (
        "b6-br-03-company-only",
        (
            "Practi-Plan\n"
            "Quadrado Rua 60 114\n"
            "Igarapé Grande - PR\n"
            "CEP 79690-839\n"
            "Ph. 21 4569-5409\n"
            "contato@practi.com.br\n"
            "Web: practi.com.br"
        ),
        {
            "name": None,
            "title": None,
            "company": "Practi-Plan",
            "emails": ["contato@practi.com.br"],
            "phones": {"+552145695409": "work"},
            "websites": ["https://practi.com.br"],
            "address": "Quadrado Rua 60 114, Igarapé Grande - PR, CEP 79690-839",
            "region": "BR",
        },
    ),
    (
        "b6-br-04-stack",
        (
            "Estevão Andersen\n"
            "Programador de computador\n"
            "Amy's Kitchen\n"
            "Inovação que transforma\n"
            "Fone (21) 3550-8463\n"
            "Fax (41) 3617 5884\n"
            "estevao.andersen@amys-kitchen.com.br\n"
            "www.amys-kitchen.com.br\n"
            "Quadrado Rua Fadel Fadel 908\n"
            "91525-826 Araras - AL"
        ),
        {
            "name": "Estevão Andersen",
            "given_name": "Estevão",
            "family_name": "Andersen",
            "title": "Programador de computador",
            "company": "Amy's Kitchen",
            "emails": ["estevao.andersen@amys-kitchen.com.br"],
            "phones": {"+552135508463": "work", "+554136175884": "fax"},
            "websites": ["https://www.amys-kitchen.com.br"],
            "address": "Quadrado Rua Fadel Fadel 908, 91525-826 Araras - AL",
            "region": "BR",
        },
    ),
    (
        "b6-br-05-company-first-phone-email-line",
        (
            "Envirotecture Design\n"
            "Marlon Romanini\n"
            "Veterinário\n"
            "Fone (11) 4045-7403\n"
            "Cel. +55 21 97759-2419\n"
            "Fax +55 51 2604 6534 | E-Mail: m.romanini@envirotecture.com.br\n"
            "Ribanceira Rua 12 701\n"
            "29447-795 Divinésia - PB\n"
            "Brasil"
        ),
        {
            "name": "Marlon Romanini",
            "given_name": "Marlon",
            "family_name": "Romanini",
            "title": "Veterinário",
            "company": "Envirotecture Design",
            "emails": ["m.romanini@envirotecture.com.br"],
            "phones": {"+551140457403": "work", "+5521977592419": "mobile", "+555126046534": "fax"},
            "websites": [],
            "address": "Ribanceira Rua 12 701, 29447-795 Divinésia - PB, Brasil",
            "region": "BR",
        },
    ),
    (
        "b6-kr-01-stack-family-first-phone-email-line",
        (
            "Kim Min-jun\n"
            "Granite Technician\n"
            "Hanbit Systems Co., Ltd.\n"
            "15F, 123 Teheran-ro, Gangnam-gu\n"
            "Seoul 06133, Korea\n"
            "TEL 02-5328-6996\n"
            "Fax 02-8674-2251 · E-Mail: minjun.kim@hanbitsystems.com\n"
            "W. http://hanbitsystems.com"
        ),
        {
            "name": "Kim Min-jun",
            "given_name": "Min-jun",
            "family_name": "Kim",
            "title": "Granite Technician",
            "company": "Hanbit Systems Co., Ltd.",
            "emails": ["minjun.kim@hanbitsystems.com"],
            "phones": {"+82253286996": "work", "+82286742251": "fax"},
            "websites": ["https://hanbitsystems.com"],
            "address": "15F, 123 Teheran-ro, Gangnam-gu, Seoul 06133, Korea",
            "region": "KR",
        },
    ),
    (
        "b6-kr-02-company-first-family-caps",
        (
            "Daesung Precision Inc.\n"
            "PARK Ji-hoon\n"
            "Aircraft Designer\n"
            "Tel +82 2-7045-6348\n"
            "010-3952-3370\n"
            "Email: park.jihoon@daesungprecision.co.kr\n"
            "Web: http://www.daesungprecision.co.kr\n"
            "Daesung Bldg. 7F, 45 Sejong-daero, Jung-gu\n"
            "Seoul 04526\n"
            "Republic of Korea"
        ),
        {
            "name": "Park Ji-hoon",
            "given_name": "Ji-hoon",
            "family_name": "Park",
            "title": "Aircraft Designer",
            "company": "Daesung Precision Inc.",
            "emails": ["park.jihoon@daesungprecision.co.kr"],
            "phones": {"+82270456348": "work", "+821039523370": "mobile"},
            "websites": ["https://www.daesungprecision.co.kr"],
            "address": "Daesung Bldg. 7F, 45 Sejong-daero, Jung-gu, Seoul 04526, Republic of Korea",
            "region": "KR",
        },
    ),
    (
        "b6-kr-03-title-above-western",
        (
            "Jewellery\n"
            "Seo-yeon Lee\n"
            "Mirae Logistics Corp.\n"
            "HP: +82 10 5379 1407 · Ph: +82 51 609 7952\n"
            "F. +82 51 351 3187\n"
            "seoyeon_lee@friday.abudhabi\n"
            "W. www.friday.abudhabi\n"
            "88 Jungang-daero, Dong-gu, Busan 48732\n"
            "South Korea"
        ),
        {
            "name": "Seo-yeon Lee",
            "given_name": "Seo-yeon",
            "family_name": "Lee",
            "title": "Jewellery",
            "company": "Mirae Logistics Corp.",
            "emails": ["seoyeon_lee@friday.abudhabi"],
            "phones": {"+821053791407": "mobile", "+82516097952": "work", "+82513513187": "fax"},
            "websites": ["https://www.friday.abudhabi"],
            "address": "88 Jungang-daero, Dong-gu, Busan 48732, South Korea",
        },
    ),
    (
        "b6-cn-01-company-first-family-first-noisy",
        (
            "Shanghai Huaxin Trading Co., Ltd.\n"
            "Innovation through partnership\n"
            "Zhang Wei\n"
            "Typesetter\n"
            "Mobile 136 5967 6787\n"
            "Email: wei.zhang@shanghai-huaxin.com.cn  Web: www.shanghai-huaxin.com.cn\n"
            "| Room 1808, 1000 Lujiazui Ring Road\n"
            "Pudong New Area,  Shanghai 200120\n"
            "China"
        ),
        {
            "name": "Zhang Wei",
            "given_name": "Wei",
            "family_name": "Zhang",
            "title": "Typesetter",
            "company": "Shanghai Huaxin Trading Co., Ltd.",
            "emails": ["wei.zhang@shanghai-huaxin.com.cn"],
            "phones": {"+8613659676787": "mobile"},
            "websites": ["https://www.shanghai-huaxin.com.cn"],
            "address": "Room 1808, 1000 Lujiazui Ring Road, Pudong New Area, Shanghai 200120, China",
            "region": "CN",
        },
    ),
    (
        "b6-cn-02-stack-family-caps-noisy",
        (
            "LIU  Yang\n"
            "Cashier\n"
            "Shenzhen Mingda Electronics Co., Ltd.\n"
            "Your gateway to Asia\n"
            "3/F, Building A, Tianan Cyber Park\n"
            "Futian District, Shenzhen 518040, P.R. China\n"
            "Tel 0755-55674267\n"
            "M: 158 6415 5900\n"
            "Email: yang@shenzhen.cn\n"
            "W. www.shenzhen.cn/contact"
        ),
        {
            "name": "Liu Yang",
            "given_name": "Yang",
            "family_name": "Liu",
            "title": "Cashier",
            "company": "Shenzhen Mingda Electronics Co., Ltd.",
            "emails": ["yang@shenzhen.cn"],
            "phones": {"+8675555674267": "work", "+8615864155900": "mobile"},
            "websites": ["https://www.shenzhen.cn/contact"],
            "address": "3/F, Building A, Tianan Cyber Park, Futian District, Shenzhen 518040, P.R. China",
            "region": "CN",
        },
    ),
    (
        "b6-cn-03-company-last-western",
        (
            "Fang Wang\n"
            "Student Nurse\n"
            "Tel +86 10 4319 8510\n"
            "Mobile +86 187 6621 8861\n"
            "fang.wang@beijingzhongke.com.cn\n"
            "www.beijingzhongke.com.cn/about\n"
            "No. 8 Haidian Street, Haidian District\n"
            "Beijing 100080, China\n"
            "Beijing Zhongke Data Technology Co., Ltd.\n"
            "Creating value for tomorrow"
        ),
        {
            "name": "Fang Wang",
            "given_name": "Fang",
            "family_name": "Wang",
            "title": "Student Nurse",
            "company": "Beijing Zhongke Data Technology Co., Ltd.",
            "emails": ["fang.wang@beijingzhongke.com.cn"],
            "phones": {"+861043198510": "work", "+8618766218861": "mobile"},
            "websites": ["https://www.beijingzhongke.com.cn/about"],
            "address": "No. 8 Haidian Street, Haidian District, Beijing 100080, China",
        },
    ),
    (
        "b6-hk-01-comma-family-first",
        (
            "Chan Tai Man, Tool Maker\n"
            "Harbour Gate Consulting Limited\n"
            "Your gateway to Asia\n"
            "HP +852 9878 4759 | Office 3705 0642\n"
            "taiman.chan@harbourgate.com.hk\n"
            "Web: harbourgate.com.hk\n"
            "Unit 2301, 23/F, Times Square Tower 1\n"
            "1 Matheson Street, Causeway Bay, Hong Kong"
        ),
        {
            "name": "Chan Tai Man",
            "given_name": "Tai Man",
            "family_name": "Chan",
            "title": "Tool Maker",
            "company": "Harbour Gate Consulting Limited",
            "emails": ["taiman.chan@harbourgate.com.hk"],
            "phones": {"+85298784759": "mobile", "+85237050642": "work"},
            "websites": ["https://harbourgate.com.hk"],
            "address": "Unit 2301, 23/F, Times Square Tower 1, 1 Matheson Street, Causeway Bay, Hong Kong",
            "region": "HK",
        },
    ),
    (
        "b6-hk-02-address-top-family-caps-no-address",
        (
            "Kowloon Pacific Shipping Ltd.\n"
            "WONG Ka Yan\n"
            "Cargo Operator\n"
            "+852 3552 0306\n"
            "HP +852 5327 9135\n"
            "kayan.wong@kowloonpacific.com\n"
            "www.kowloonpacific.com"
        ),
        {
            "name": "Wong Ka Yan",
            "given_name": "Ka Yan",
            "family_name": "Wong",
            "title": "Cargo Operator",
            "company": "Kowloon Pacific Shipping Ltd.",
            "emails": ["kayan.wong@kowloonpacific.com"],
            "phones": {"+85235520306": "work", "+85253279135": "mobile"},
            "websites": ["https://www.kowloonpacific.com"],
        },
    ),
    (
        "b6-sg-01-title-above-family-first",
        (
            "Hygienist\n"
            "Tan Wei Ming\n"
            "Lion City Analytics Pte. Ltd.\n"
            "HP +65 9175 9702\n"
            "tan.weiming@lca.sg\n"
            "80 Robinson Road, #10-01\n"
            "Singapore 068898"
        ),
        {
            "name": "Tan Wei Ming",
            "given_name": "Wei Ming",
            "family_name": "Tan",
            "title": "Hygienist",
            "company": "Lion City Analytics Pte. Ltd.",
            "emails": ["tan.weiming@lca.sg"],
            "phones": {"+6591759702": "mobile"},
            "websites": [],
            "address": "80 Robinson Road, #10-01, Singapore 068898",
        },
    ),
    (
        "b6-tw-01-company-first-western-noisy",
        (
            "Formosa Semicon Inc.\n"
            "|Yi-ting Chen\n"
            "Applications Programmer\n"
            "TEL 02-2097-8280\n"
            "Mobile 0936 513 714\n"
            "F: 02 8368 9472\n"
            "Mail: yiting@cement.cat\n"
            "Website: cement.cat\n"
            "No. 7, Sec. 5, Xinyi Rd., Xinyi Dist.\n"
            "Taipei City 110, Taiwan"
        ),
        {
            "name": "Yi-ting Chen",
            "given_name": "Yi-ting",
            "family_name": "Chen",
            "title": "Applications Programmer",
            "company": "Formosa Semicon Inc.",
            "emails": ["yiting@cement.cat"],
            "phones": {"+886220978280": "work", "+886936513714": "mobile", "+886283689472": "fax"},
            "websites": ["https://cement.cat"],
            "address": "No. 7, Sec. 5, Xinyi Rd., Xinyi Dist., Taipei City 110, Taiwan",
            "region": "TW",
        },
    ),
]
