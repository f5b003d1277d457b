"""A ninth blind hold-out: Japanese bilingual cards and English-language cards from around the world, as
Tesseract's English model reads phone photos of them.

Written by hand by a helper that read neither the parser (ocr/) nor the earlier tables (only the module
docstrings of tests/parse_blind7.py and tests/parse_blind8.py, for the data format and conventions, the
scoring helpers of the tests, and the public contract in CONTRACT.md). No generator: each card imitates a
real-looking card a job seeker collects, typed as `tesseract -l eng` returns a phone photo of it (one line per
printed line, blank lines between blocks, junk where the model meets kanji, logos or icons).

`JP` (50 cards): Japanese bilingual cards with Latin names, emails and numbers:
- kanji and kana as junk lines (`KEM Vtv YAK`, `ARRAN SHRM`, `BARA RAR`, `(RBS 2 RR`), a Japanese side run
  together with the English side (junk address and the same numbers before the English block), junk after a
  name or a title on the same line (`Hideki ABE ~ HSER`, `Account Director  7HDY hRIL 79-`); a few cards
  whose company and address are printed only in kanji;
- names as `Kenji NAKAMURA`, `YAMAMOTO Yuki`, `Tanaka Hiroki`, `Haruka Sato`, `TAKESHI WATANABE`, with
  `Dr.` or `, Ph.D.` / `D.D.S.`, and foreign staff (`Michael O'Connell`, `Wei-Lin Chen`, `Claire Dubois`);
- titles General Manager, Deputy General Manager, Section Manager, Assistant Manager, Section Chief
  (Kacho), Manager (Section Chief), Chief, Team Leader, Representative Director & CEO, Executive Officer
  over two lines, professors, physicians, researchers; title above or below the name; department, division,
  group, practice and centre lines on their own lines (`Corporate Planning Dept.`, `Global Business
  Division`, `Corporate Banking Division II`); credential lines (`Certified Public Accountant (Japan)`,
  `Registered Foreign Lawyer (New York)`);
- companies `Xxx Co., Ltd.` (also in capitals), `Xxx Corporation`, `Xxx K.K.`, `Xxx G.K.`, `Xxx Inc.`,
  `Xxx Holdings, Inc.`, `& Co., Ltd.`, a bank, a trust bank, a prefectural government, universities,
  hospitals and clinics, a research institute, a chamber of commerce, a hotel, a resort on two lines, a
  language school, startups with a lower-case logo word;
- addresses in English with building names and floors (`Marunouchi Park Building 12F`, `Otemachi Bldg.
  8F`), on one line or two, the postal mark 〒 read as `T` or `=` (`T105-0011`, `=471-8571`), or only in
  Japanese (junk with digits surviving: `T460-0008 BFRT PHS 3-15-1`); a city alone (`Yokohama, Kanagawa`);
- phones `03-1234-5678`, `06-...`, `0565-28-...`, `+81-3-...`, `+81 3 ...`, `+81 (0)3 ...`, `+81 (0)90 ...`,
  `+81 80-...`, mobiles 070/080/090, toll-free `Free Dial 0120-...`, with TEL/FAX/Tel./Fax./T./F./Phone/
  Facsimile/Direct/D:/M/Mobile/MOBILE/Mobile./Keitai/TEL/FAX/Tel/Fax labels, `(main)` / `(direct)` after
  the number, `(Ext. 4152)`, two labelled numbers on one line; icons read as `&`, `O`, `©` before a line.

`INTL` (60 cards): English-language cards from the UK (12), Ireland (3), Australia (7), New Zealand (3),
Singapore (6), Hong Kong (4), India (6), the Philippines (4), Germany (2), the Netherlands (2), Sweden,
Denmark, Norway, Finland (1 each), the UAE (3) and South Africa (4):
- companies below the person or above; logo lockups over two lines (`HARBOUR` / `ARCHITECTS`, `northlight`
  / `LABS`, `tidepool` / `AI`, `THE CURRY LEAF` / `Spice Co.`); a logo word plus a legal-name line
  (`KRAUSS` + `Krauss Antriebstechnik GmbH`); firms that look like people (`Barnes & Whitfield`, `Fenwick
  Cole`, `Kingsford Lyle`, `Sofia Marchetti Photography`, `R. SHAH & ASSOCIATES`, `Kasper Holm Design ApS`,
  `Mabena Naidoo Inc.`); descriptor lines (`CHARTERED ACCOUNTANTS & BUSINESS ADVISERS`, `LAWYERS`,
  `SOLICITORS`, `LAW OFFICES`, `Technology Recruitment`); taglines (`Empowering rural women since 2004`,
  `Software that ships.`); legal forms Ltd, Limited, LLP, Pty Ltd, Pte. Ltd., Pvt. Ltd., Inc., GmbH, B.V.,
  ApS, AS, Oy, FZ-LLC, L.L.C., (Pty) Ltd; three shops with no person;
- titles with commas (`Head of Sales, APAC`, `Director, Building Consultancy`), over two lines after a
  comma (`Partner,` / `Head of Employment`), with a dash (`General Manager - Operations`); departments and
  divisions under them; licence and registration lines (`Licence No. E-412873`, `RERA BRN: 48213`,
  `Licensed Building Practitioner`, `ABN ...`);
- honorifics Mr, Mr., Ms, Dr, Dr., Prof., Eng., Atty., Dipl.-Ing., CA (India, before the name); post-nominals
  on the name line (`MRICS`, `FCA`, `CEng MIET`, `BA (Hons) DipArch RIBA`, `MBChB FRCP`, `BEng (Mining)
  FAusIMM`, `CPEng FIEAust`, `Pr.Eng`, `CA(SA)`) or on their own line (`B.Com, FCA, DISA (ICAI)`, `MBBS, MS,
  MCh (Neuro)`, `BA LLB (Wits)`); family-first Chinese names (`LIM Wei Jie`, `CHAN Tai Man, Kenneth`, `Ang
  Hui Min`), particles (`Ní Bhriain`, `van der Meulen`, `de Graaf`, `van Zyl`, `Al Hashimi`, `Te Whata`);
- phones `+44 (0)20 ...`, `0161 ...`, `029 2034 ...`, `+353 (0)87 ...`, `(03) 9654 ...`, `1300 ...`,
  `(65) 6878 ...`, `(852) 2723 ...`, `+91-20-2712 4480 / 81` (two numbers), `+91 98450 ...`, `(02) 8812 ...
  loc. 2207`, `+49 ...`, `+31 (0)6 ...`, `+46 8 506 123 00`, `+971 ...`, `+27 ...`; labels T, M, D, E, W,
  P, O, C, DD, DDI, DID, HP, Tel, Tel., Mob, Mob., Mobile, Cell, Phone, Ph, Fax, Secretary, Appointments,
  WhatsApp, or none; two or three numbers on one line;
- free mail (gmail, yahoo), two emails on one line, websites bare or with `www.`, a new TLD
  (`heyday.health`), profile links (`linkedin.com/in/...`, `github.com/...`), Instagram handles;
- phone-photo slips: `©` for `@`, a space in an email (`ben.whitaker @quillstack.com`,
  `@khumalogrant. co.za`), `|` for `l` (`fenwickco|e.com`, `Doy|e`, `maaskant-|ogistics.nl`), stray marks from
  logos and icons at line starts (`© `, `|| `, `| `, `~ `, `@ `), bullets read as `e`, two columns run
  together (`Fiona Tsang    T +852 2537 1180`).

Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164 to
kind (every number checked valid with phonenumbers 9.0.43; extensions are on the card, not in the E.164);
`websites` are listed as printed, in printed order, without a trailing slash, the host in lower case (the test
turns them into the API's `https://host[/path]`); `region` is the country of the card (JP, GB, IE, AU, NZ,
SG, HK, IN, PH, DE, NL, SE, DK, NO, FI, AE, ZA) on every card; no region is passed to the parser.

Conventions (as in tests/parse_blind7.py and tests/parse_blind8.py, except the Japanese name split):
- `name` as printed, in the order printed, without honorifics (Mr, Ms, Dr, Prof., Eng., Atty., Dipl.-Ing.,
  CA before an Indian name) or post-nominal credentials; ALL-CAPS words are title-cased (`YAMADA Taro` ->
  "Yamada Taro", `Kenji NAKAMURA` -> "Kenji Nakamura", `CHAN Tai Man, Kenneth` -> "Chan Tai Man,
  Kenneth"); a middle initial stays; slips are repaired (`Doy|e` -> "Doyle").
- `given_name` / `family_name` only where the card makes the split unambiguous: a family name printed in
  capitals next to a given name in ordinary case, whichever side it stands (`YAMAMOTO Yuki` -> family
  "Yamamoto", given "Yuki"; `Kenji NAKAMURA` -> family "Nakamura"; `LIM Wei Jie` -> given "Wei Jie"), or a
  Western name in Western order (`Michael O'Connell`, `Priya Raman`, `Wei-Lin Chen`); a particle belongs
  to the family name (`Ní Bhriain`, `van der Meulen`, `Al Hashimi`). Left out for a Japanese name in
  ordinary case in either order (`Tanaka Hiroki`, `Haruka Sato`), a name all in capitals (`TAKESHI
  WATANABE`), Chinese names in ordinary case (`Ang Hui Min`), two given names or a middle name (`Mei Ling
  Tan`, `Maria Cristina Dela Cruz`, `Sai Teja Reddy`, `Jose Miguel R. Santos`), `Aroha Te Whata`; `CHAN Tai
  Man, Kenneth` checks the family name only. A card with no person expects name, given, family, title null.
- `title` as printed on its line(s), credentials removed; over two lines after a comma joined with ", "
  (`Executive Officer,` / `Head of Global Regulatory Affairs`); department, division, group, section,
  practice and specialty lines are not part of it, nor licence, registration and credential lines; junk
  after the title on its line is dropped; `(Kacho)` / `(Section Chief)` kept as printed. Null when none.
- `company` as the firm writes itself in running text: capitals in ordinary case with small words lower and
  legal forms kept (`MITSUWA TRADING CO., LTD.` -> "Mitsuwa Trading Co., Ltd.", `STRAITS MERIDIAN` /
  `SHIPPING PTE. LTD.` -> "Straits Meridian Shipping Pte. Ltd."); a lockup over two lines is joined
  (`northlight` / `LABS` -> "Northlight Labs"); when a logo and a legal-name line are both printed, the
  legal-name line (`SANDSTORM DIGITAL` + `Sandstorm Digital FZ-LLC` -> "Sandstorm Digital FZ-LLC",
  `Whitcombe Hale` + `Whitcombe Hale LLP, 6 Park Place, ...` -> "Whitcombe Hale LLP"); descriptor lines and
  taglines are not part of it; for a university the university, for a hospital the hospital or trust;
  null when the company is printed only in kanji (junk), even when the email domain spells it.
- an expected email is the address the card means, slips repaired, domain lower-cased, local part as
  printed (`MIYAZAKI.Shota@niam.go.jp`); several emails in printed order.
- `address`: the printed address lines (building and floor included, country line included when printed)
  joined with ", ", the misread 〒 dropped and the postcode kept, a label (`Cellar Door:`) and a company name
  on the same line left out; null when the address is only junk or not printed; a city alone when that is
  all it prints. Compared loosely (same words, up to two extra).
- phone kinds: TEL, Tel, Tel., T, T., P, Ph, Phone, O, Direct, D, DD, DDI, DID, Secretary, Appointments,
  `(main)`, `(direct)`, Free Dial and 1300 numbers, TEL/FAX or Tel/Fax on one number, an unlabelled landline
  (also one behind an icon read as `&` or a bullet read as `e`) -> work; Mobile, MOBILE, Mobile., Mob, Mob.,
  M, C, Cell, HP, Keitai, WhatsApp and an unlabelled mobile number (070/080/090 in Japan, 07 in the UK,
  04 in Australia, 02x in New Zealand, 8/9 in Singapore, 5/6/9 in Hong Kong, 9x in India, 09xx in the
  Philippines) -> mobile; FAX, Fax, Fax., F, F., Facsimile -> fax.
- the helper could not see the parser's output while writing; the table was not changed after the first run.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

W, M, F = "work", "mobile", "fax"

JP: list[Case] = [
    (
        "b9-jp-01-trading-marunouchi",
        """MITSUWA TRADING CO., LTD.

Global Business Division
Overseas Sales Dept.
Section Manager

Kenji NAKAMURA

Marunouchi Park Building 12F
2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6912 Japan
TEL: +81-3-6212-4410  FAX: +81-3-6212-4411
Mobile: +81-90-3318-2046
E-mail: k.nakamura@mitsuwa-trading.co.jp
www.mitsuwa-trading.co.jp""",
        {
            "name": "Kenji Nakamura",
            "given_name": "Kenji",
            "family_name": "Nakamura",
            "title": "Section Manager",
            "company": "Mitsuwa Trading Co., Ltd.",
            "emails": ["k.nakamura@mitsuwa-trading.co.jp"],
            "phones": {"+81362124410": W, "+81362124411": F, "+819033182046": M},
            "websites": ["www.mitsuwa-trading.co.jp"],
            "address": "Marunouchi Park Building 12F, 2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6912 Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-02-logistics-both-sides",
        """KEM Vtv YAK
MALES ERS

Be A

WA fas
T100-0004 RRBSFRKH AF1-6-2 KFRELIL 8F
TEL 03-5218-7730 FAX 03-5218-7731

Daiwa Logistics Co., Ltd.
Corporate Planning Dept.
Assistant Manager
YAMAMOTO Yuki
Otemachi Bldg. 8F, 1-6-2 Otemachi, Chiyoda-ku, Tokyo 100-0004, Japan
Tel: +81-3-5218-7730  Fax: +81-3-5218-7731
yamamoto.yuki@daiwa-logi.co.jp""",
        {
            "name": "Yamamoto Yuki",
            "given_name": "Yuki",
            "family_name": "Yamamoto",
            "title": "Assistant Manager",
            "company": "Daiwa Logistics Co., Ltd.",
            "emails": ["yamamoto.yuki@daiwa-logi.co.jp"],
            "phones": {"+81352187730": W, "+81352187731": F},
            "websites": [],
            "address": "Otemachi Bldg. 8F, 1-6-2 Otemachi, Chiyoda-ku, Tokyo 100-0004, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-03-startup-title-above-name",
        """fk

Sakura Digital Inc.

Product Manager
Haruka Sato

Shibuya Scramble Square 24F
2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6124
M 080-4412-9031
haruka.sato@sakuradigital.jp
https://sakuradigital.jp""",
        {
            "name": "Haruka Sato",
            "title": "Product Manager",
            "company": "Sakura Digital Inc.",
            "emails": ["haruka.sato@sakuradigital.jp"],
            "phones": {"+818044129031": M},
            "websites": ["https://sakuradigital.jp"],
            "address": "Shibuya Scramble Square 24F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6124",
            "region": "JP",
        },
    ),
    (
        "b9-jp-04-university-professor",
        """AHS KF
MICHINOKU UNIVERSITY
Graduate School of Engineering
Department of Materials Science

Professor
Hiroshi KIMURA, Ph.D.

6-6-02 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8579, Japan
Tel/Fax: +81-22-795-7312
E-mail: hkimura@material.michinoku-u.ac.jp""",
        {
            "name": "Hiroshi Kimura",
            "given_name": "Hiroshi",
            "family_name": "Kimura",
            "title": "Professor",
            "company": "Michinoku University",
            "emails": ["hkimura@material.michinoku-u.ac.jp"],
            "phones": {"+81227957312": W},
            "websites": [],
            "address": "6-6-02 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8579, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-05-hospital-physician",
        """a
RAR BBE
Minato Central Hospital
Department of Cardiology

Dr. Aiko FUJIWARA
Attending Physician

T105-0011 3-12-8 Shibakoen, Minato-ku, Tokyo
TEL 03-3431-2270 (Ext. 4152)
fujiwara-a@minato-ch.or.jp""",
        {
            "name": "Aiko Fujiwara",
            "given_name": "Aiko",
            "family_name": "Fujiwara",
            "title": "Attending Physician",
            "company": "Minato Central Hospital",
            "emails": ["fujiwara-a@minato-ch.or.jp"],
            "phones": {"+81334312270": W},
            "websites": [],
            "address": "105-0011 3-12-8 Shibakoen, Minato-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b9-jp-06-startup-ceo-lower-logo",
        """kumo labs
ZEAE

Kumo Labs Inc.
Representative Director & CEO
Shun Ito

WeWork Iceberg 3F
6-12-18 Jingumae, Shibuya-ku, Tokyo 150-0001
shun@kumolabs.io
+81 90 7724 1180
kumolabs.io""",
        {
            "name": "Shun Ito",
            "title": "Representative Director & CEO",
            "company": "Kumo Labs Inc.",
            "emails": ["shun@kumolabs.io"],
            "phones": {"+819077241180": M},
            "websites": ["kumolabs.io"],
            "address": "WeWork Iceberg 3F, 6-12-18 Jingumae, Shibuya-ku, Tokyo 150-0001",
            "region": "JP",
        },
    ),
    (
        "b9-jp-07-osaka-maker-family-first",
        """AE

Naniwa Seiko Co., Ltd.
Sales Department
Manager
Tanaka Hiroki

2-4-9 Utsubohommachi, Nishi-ku, Osaka 550-0004, Japan
TEL.06-6443-2281 FAX.06-6443-2290
Mobile.090-8812-4467
tanaka@naniwa-seiko.co.jp
http://www.naniwa-seiko.co.jp""",
        {
            "name": "Tanaka Hiroki",
            "title": "Manager",
            "company": "Naniwa Seiko Co., Ltd.",
            "emails": ["tanaka@naniwa-seiko.co.jp"],
            "phones": {"+81664432281": W, "+81664432290": F, "+819088124467": M},
            "websites": ["www.naniwa-seiko.co.jp"],
            "address": "2-4-9 Utsubohommachi, Nishi-ku, Osaka 550-0004, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-08-kk-country-manager-western",
        """Brightwave Japan K.K.

Michael O'Connell
Country Manager, Japan

Ark Hills South Tower 16F
1-4-5 Roppongi, Minato-ku, Tokyo 106-0032
Direct: +81 3 4578 2210
Mobile: +81 80 2291 5573
michael.oconnell@brightwave.com
www.brightwave.com""",
        {
            "name": "Michael O'Connell",
            "given_name": "Michael",
            "family_name": "O'Connell",
            "title": "Country Manager, Japan",
            "company": "Brightwave Japan K.K.",
            "emails": ["michael.oconnell@brightwave.com"],
            "phones": {"+81345782210": W, "+818022915573": M},
            "websites": ["www.brightwave.com"],
            "address": "Ark Hills South Tower 16F, 1-4-5 Roppongi, Minato-ku, Tokyo 106-0032",
            "region": "JP",
        },
    ),
    (
        "b9-jp-09-kanazawa-kacho",
        """ARRAN SHRM
Hokuriku Denki Kogyo Co., Ltd.
ENE BR
Quality Assurance Section
Section Chief (Kacho)
Ryota MORI

T920-0031 2-1-5 Hirooka, Kanazawa, Ishikawa
TEL 076-221-3350
FAX 076-221-3351
r-mori@hokuriku-denki.co.jp""",
        {
            "name": "Ryota Mori",
            "given_name": "Ryota",
            "family_name": "Mori",
            "title": "Section Chief (Kacho)",
            "company": "Hokuriku Denki Kogyo Co., Ltd.",
            "emails": ["r-mori@hokuriku-denki.co.jp"],
            "phones": {"+81762213350": W, "+81762213351": F},
            "websites": [],
            "address": "920-0031 2-1-5 Hirooka, Kanazawa, Ishikawa",
            "region": "JP",
        },
    ),
    (
        "b9-jp-10-japanese-only-nagoya",
        """HRSA SYR
Bi 45
ILS Bi

Kobayashi Mai

T460-0008 BFRT PHS 3-15-1 ABEILBF
TEL 052-951-4402
mai.kobayashi@aoi-sekkei.co.jp""",
        {
            "name": "Kobayashi Mai",
            "title": None,
            "company": None,
            "emails": ["mai.kobayashi@aoi-sekkei.co.jp"],
            "phones": {"+81529514402": W},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b9-jp-11-trust-bank-caps",
        """SUMIDA TRUST BANK

Corporate Banking Division II
Deputy General Manager

Keiko ISHII

1-4-1 Nihonbashi, Chuo-ku, Tokyo 103-0027
Tel. +81 (0)3 3270 5521
keiko_ishii@sumidatrust.co.jp""",
        {
            "name": "Keiko Ishii",
            "given_name": "Keiko",
            "family_name": "Ishii",
            "title": "Deputy General Manager",
            "company": "Sumida Trust Bank",
            "emails": ["keiko_ishii@sumidatrust.co.jp"],
            "phones": {"+81332705521": W},
            "websites": [],
            "address": "1-4-1 Nihonbashi, Chuo-ku, Tokyo 103-0027",
            "region": "JP",
        },
    ),
    (
        "b9-jp-12-consulting-run-together",
        """Yusuke OKADA   RHH GA
Senior Consultant
Strategy & Transformation

Meridian Partners Japan K.K.
Kioi Tower 20F, 1-4-1 Kioicho
Chiyoda-ku, Tokyo 102-0094
T +81 3 6261 0880   M +81 70 4413 2219
yusuke.okada@meridianpartners.com""",
        {
            "name": "Yusuke Okada",
            "given_name": "Yusuke",
            "family_name": "Okada",
            "title": "Senior Consultant",
            "company": "Meridian Partners Japan K.K.",
            "emails": ["yusuke.okada@meridianpartners.com"],
            "phones": {"+81362610880": W, "+817044132219": M},
            "websites": [],
            "address": "Kioi Tower 20F, 1-4-1 Kioicho, Chiyoda-ku, Tokyo 102-0094",
            "region": "JP",
        },
    ),
    (
        "b9-jp-13-cloud-extension",
        """LIN TAY
Fuji Cloudworks Inc.
Engineering Division
Team Leader
Daisuke Hayashi

Tel: 03-5789-1200 (Ext. 3021)
E-mail: d-hayashi@fujicloud.co.jp
URL: https://www.fujicloud.co.jp
Osaki Garden Tower 14F
1-1-1 Nishishinagawa, Shinagawa-ku, Tokyo 141-0033""",
        {
            "name": "Daisuke Hayashi",
            "title": "Team Leader",
            "company": "Fuji Cloudworks Inc.",
            "emails": ["d-hayashi@fujicloud.co.jp"],
            "phones": {"+81357891200": W},
            "websites": ["https://www.fujicloud.co.jp"],
            "address": "Osaki Garden Tower 14F, 1-1-1 Nishishinagawa, Shinagawa-ku, Tokyo 141-0033",
            "region": "JP",
        },
    ),
    (
        "b9-jp-14-trading-house-caps-name",
        """ITOMARU CORPORATION
Chemicals Company
Specialty Chemicals Dept.
General Manager

TAKESHI WATANABE

5-1 Kita-Aoyama 2-chome, Minato-ku, Tokyo 107-8077, Japan
Phone: +81-3-3497-6120
Facsimile: +81-3-3497-6199
watanabe-t@itomaru.co.jp""",
        {
            "name": "Takeshi Watanabe",
            "title": "General Manager",
            "company": "Itomaru Corporation",
            "emails": ["watanabe-t@itomaru.co.jp"],
            "phones": {"+81334976120": W, "+81334976199": F},
            "websites": [],
            "address": "5-1 Kita-Aoyama 2-chome, Minato-ku, Tokyo 107-8077, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-15-freelance-translator-gmail",
        """Translation & Interpretation
Japanese <> English

Emi Kondo
Freelance Translator

090-6621-3874
emi.kondo.trans@gmail.com
Yokohama, Kanagawa""",
        {
            "name": "Emi Kondo",
            "title": "Freelance Translator",
            "company": None,
            "emails": ["emi.kondo.trans@gmail.com"],
            "phones": {"+819066213874": M},
            "websites": [],
            "address": "Yokohama, Kanagawa",
            "region": "JP",
        },
    ),
    (
        "b9-jp-16-recruiter-foreign-staff",
        """@ hirebridge
Hirebridge Japan K.K.

Senior Consultant
IT & Digital Practice
Sarah Mitchell

Shin-Marunouchi Building 10F
1-5-1 Marunouchi, Chiyoda-ku, Tokyo 100-6510
D: +81 3 5224 8813
M: +81 80 6672 0091
sarah.mitchell@hirebridge.jp
hirebridge.jp""",
        {
            "name": "Sarah Mitchell",
            "given_name": "Sarah",
            "family_name": "Mitchell",
            "title": "Senior Consultant",
            "company": "Hirebridge Japan K.K.",
            "emails": ["sarah.mitchell@hirebridge.jp"],
            "phones": {"+81352248813": W, "+818066720091": M},
            "websites": ["hirebridge.jp"],
            "address": "Shin-Marunouchi Building 10F, 1-5-1 Marunouchi, Chiyoda-ku, Tokyo 100-6510",
            "region": "JP",
        },
    ),
    (
        "b9-jp-17-prefectural-government",
        """RIAA
Osaka Prefectural Government
Department of Commerce, Industry and Labor
International Business Promotion Division
Chief
MATSUMOTO Saki

2 Otemae, Chuo-ku, Osaka 540-8570
Tel: 06-6210-9482
Fax: 06-6210-9504
matsumotos@sbox.pref.osaka.lg.jp""",
        {
            "name": "Matsumoto Saki",
            "given_name": "Saki",
            "family_name": "Matsumoto",
            "title": "Chief",
            "company": "Osaka Prefectural Government",
            "emails": ["matsumotos@sbox.pref.osaka.lg.jp"],
            "phones": {"+81662109482": W, "+81662109504": F},
            "websites": [],
            "address": "2 Otemae, Chuo-ku, Osaka 540-8570",
            "region": "JP",
        },
    ),
    (
        "b9-jp-18-robotics-email-slip",
        """SHI BSE
Kansai Robotics Co., Ltd.
R&D Center
Researcher
Naoya INOUE, Ph.D.

T567-0085 1-4-38 Saito-Asagi, Ibaraki, Osaka
TEL 072-641-2290
Email: inoue©kansai-robotics.co.jp""",
        {
            "name": "Naoya Inoue",
            "given_name": "Naoya",
            "family_name": "Inoue",
            "title": "Researcher",
            "company": "Kansai Robotics Co., Ltd.",
            "emails": ["inoue@kansai-robotics.co.jp"],
            "phones": {"+81726412290": W},
            "websites": [],
            "address": "567-0085 1-4-38 Saito-Asagi, Ibaraki, Osaka",
            "region": "JP",
        },
    ),
    (
        "b9-jp-19-kyoto-hotel",
        """HOTEL KAMOGAWA KYOTO

Guest Relations Manager
Yuna Shimizu

284 Nakanocho, Nakagyo-ku, Kyoto 604-8042
T. 075-211-3380  F. 075-211-3381
y.shimizu@hotelkamogawa.jp
www.hotelkamogawa.jp""",
        {
            "name": "Yuna Shimizu",
            "title": "Guest Relations Manager",
            "company": "Hotel Kamogawa Kyoto",
            "emails": ["y.shimizu@hotelkamogawa.jp"],
            "phones": {"+81752113380": W, "+81752113381": F},
            "websites": ["www.hotelkamogawa.jp"],
            "address": "284 Nakanocho, Nakagyo-ku, Kyoto 604-8042",
            "region": "JP",
        },
    ),
    (
        "b9-jp-20-law-firm-foreign-counsel",
        """NISHIKAWA & ODA

James R. Whitley
Counsel
Registered Foreign Lawyer (New York)

Otemachi Park Building, 1-1-1 Otemachi, Chiyoda-ku, Tokyo 100-8136
Tel: +81-3-6250-6200 (main)
Tel: +81-3-6250-6341 (direct)
james.whitley@nishikawa-oda.com
www.nishikawa-oda.com""",
        {
            "name": "James R. Whitley",
            "given_name": "James",
            "family_name": "Whitley",
            "title": "Counsel",
            "company": "Nishikawa & Oda",
            "emails": ["james.whitley@nishikawa-oda.com"],
            "phones": {"+81362506200": W, "+81362506341": W},
            "websites": ["www.nishikawa-oda.com"],
            "address": "Otemachi Park Building, 1-1-1 Otemachi, Chiyoda-ku, Tokyo 100-8136",
            "region": "JP",
        },
    ),
    (
        "b9-jp-21-design-office-tel-fax",
        """Umeda Design Office

Art Director
Kaito Morita

3-1-3 Umeda, Kita-ku, Osaka 530-0001
Osaka Station City North Gate Bldg. 9F
TEL/FAX +81 (0)6 6341 7725
MOBILE +81 (0)90 2094 6618
morita@umeda-design.jp""",
        {
            "name": "Kaito Morita",
            "title": "Art Director",
            "company": "Umeda Design Office",
            "emails": ["morita@umeda-design.jp"],
            "phones": {"+81663417725": W, "+819020946618": M},
            "websites": [],
            "address": "3-1-3 Umeda, Kita-ku, Osaka 530-0001, Osaka Station City North Gate Bldg. 9F",
            "region": "JP",
        },
    ),
    (
        "b9-jp-22-electric-title-above-depts",
        """NISSEI ELECTRIC CORPORATION

Senior Manager
Corporate Communications Dept.
Global Public Relations Group
SUZUKI Ayumi

7-12-1 Shiba, Minato-ku, Tokyo 108-8001, Japan
Tel +81-3-3454-2217
ayumi.suzuki@nissei-elec.co.jp""",
        {
            "name": "Suzuki Ayumi",
            "given_name": "Ayumi",
            "family_name": "Suzuki",
            "title": "Senior Manager",
            "company": "Nissei Electric Corporation",
            "emails": ["ayumi.suzuki@nissei-elec.co.jp"],
            "phones": {"+81334542217": W},
            "websites": [],
            "address": "7-12-1 Shiba, Minato-ku, Tokyo 108-8001, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-23-packaging-junk-run-together",
        """i a

PRE A 8 Hb

(RBS 2 RR
Hideki ABE ~ HSER
Sales Manager
Toyonaka Packaging Co., Ltd.

T561-0872 ASMSSHSR 1-7-20
TEL 06-6865-3302 FAX 06-6865-3309
abe@toyonaka-pkg.co.jp""",
        {
            "name": "Hideki Abe",
            "given_name": "Hideki",
            "family_name": "Abe",
            "title": "Sales Manager",
            "company": "Toyonaka Packaging Co., Ltd.",
            "emails": ["abe@toyonaka-pkg.co.jp"],
            "phones": {"+81668653302": W, "+81668653309": F},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b9-jp-24-audit-firm-credential-line",
        """Kiyomizu Audit Corporation
Financial Advisory Services

Manager
Certified Public Accountant (Japan)
Rie TAKAHASHI

Shinjuku Grand Tower 33F
8-17-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023
Tel: +81 3 6811 4002
Mobile: +81 90 1156 7730
rie.takahashi@kiyomizu-audit.jp""",
        {
            "name": "Rie Takahashi",
            "given_name": "Rie",
            "family_name": "Takahashi",
            "title": "Manager",
            "company": "Kiyomizu Audit Corporation",
            "emails": ["rie.takahashi@kiyomizu-audit.jp"],
            "phones": {"+81368114002": W, "+819011567730": M},
            "websites": [],
            "address": "Shinjuku Grand Tower 33F, 8-17-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
            "region": "JP",
        },
    ),
    (
        "b9-jp-25-game-studio-no-phone",
        """PIXELFORGE

PixelForge Games Inc.
Producer
Game Development Div.
Takumi Kato

Shibuya Hikarie 21F, 2-21-1 Shibuya, Shibuya-ku, Tokyo 150-8510
takumi.kato@pixelforge.co.jp
pixelforge.co.jp""",
        {
            "name": "Takumi Kato",
            "title": "Producer",
            "company": "PixelForge Games Inc.",
            "emails": ["takumi.kato@pixelforge.co.jp"],
            "phones": {},
            "websites": ["pixelforge.co.jp"],
            "address": "Shibuya Hikarie 21F, 2-21-1 Shibuya, Shibuya-ku, Tokyo 150-8510",
            "region": "JP",
        },
    ),
    (
        "b9-jp-26-construction-two-on-a-line",
        """Kinoshita Construction Co., Ltd.
International Division
Deputy Manager
Sho Ogawa

T104-8370 2-16-1 Kyobashi, Chuo-ku, Tokyo
Tel 03-3561-2250 / Direct 03-3561-2284
Mobile 080-3019-5524
s.ogawa@kinoshita-kensetsu.co.jp""",
        {
            "name": "Sho Ogawa",
            "title": "Deputy Manager",
            "company": "Kinoshita Construction Co., Ltd.",
            "emails": ["s.ogawa@kinoshita-kensetsu.co.jp"],
            "phones": {"+81335612250": W, "+81335612284": W, "+818030195524": M},
            "websites": [],
            "address": "104-8370 2-16-1 Kyobashi, Chuo-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b9-jp-27-auto-parts-equals-postal-mark",
        """ene
CHUBU AUTO PARTS CO., LTD.
Purchasing Department
Assistant Manager
Yoshiko HASEGAWA

=471-8571 1 Toyota-cho, Toyota, Aichi
Phone 0565-28-4410
Fax 0565-28-4419
y-hasegawa@chubu-ap.co.jp""",
        {
            "name": "Yoshiko Hasegawa",
            "given_name": "Yoshiko",
            "family_name": "Hasegawa",
            "title": "Assistant Manager",
            "company": "Chubu Auto Parts Co., Ltd.",
            "emails": ["y-hasegawa@chubu-ap.co.jp"],
            "phones": {"+81565284410": W, "+81565284419": F},
            "websites": [],
            "address": "471-8571 1 Toyota-cho, Toyota, Aichi",
            "region": "JP",
        },
    ),
    (
        "b9-jp-28-university-foreign-associate-professor",
        """NANIWA CITY UNIVERSITY
Graduate School of Informatics

Associate Professor
Dr. Lena Hoffmann

1-1 Gakuen-cho, Naka-ku, Sakai, Osaka 599-8531, Japan
Phone: +81-72-254-9183
hoffmann@naniwa-cu.ac.jp
https://www.naniwa-cu.ac.jp""",
        {
            "name": "Lena Hoffmann",
            "given_name": "Lena",
            "family_name": "Hoffmann",
            "title": "Associate Professor",
            "company": "Naniwa City University",
            "emails": ["hoffmann@naniwa-cu.ac.jp"],
            "phones": {"+81722549183": W},
            "websites": ["https://www.naniwa-cu.ac.jp"],
            "address": "1-1 Gakuen-cho, Naka-ku, Sakai, Osaka 599-8531, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-29-healthtech-kk-junk-after-name",
        """lumen

Lumen Health K.K.
Head of Business Development
Ren Takeda  RAH Hi

ren.takeda@lumenhealth.jp
+81 80-5531-2207
Tokyo | Singapore
lumenhealth.jp""",
        {
            "name": "Ren Takeda",
            "title": "Head of Business Development",
            "company": "Lumen Health K.K.",
            "emails": ["ren.takeda@lumenhealth.jp"],
            "phones": {"+818055312207": M},
            "websites": ["lumenhealth.jp"],
            "region": "JP",
        },
    ),
    (
        "b9-jp-30-securities-free-dial",
        """MARUHASHI SECURITIES CO., LTD.
Wealth Management Dept.
Financial Advisor
Kana Yoshida

T103-0027 2-7-1 Nihonbashi, Chuo-ku, Tokyo
TEL 03-6703-1144
Free Dial 0120-417-330
kana.yoshida@maruhashi-sec.co.jp""",
        {
            "name": "Kana Yoshida",
            "title": "Financial Advisor",
            "company": "Maruhashi Securities Co., Ltd.",
            "emails": ["kana.yoshida@maruhashi-sec.co.jp"],
            "phones": {"+81367031144": W, "+81120417330": W},
            "websites": [],
            "address": "103-0027 2-7-1 Nihonbashi, Chuo-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b9-jp-31-medical-center-coordinator",
        """Sapporo Kita Medical Center
International Patient Services

Coordinator
Mizuki KUDO

North 14 West 5, Kita-ku, Sapporo, Hokkaido 060-8648
Tel: +81-11-716-1161 (Ext. 5572)
Fax: +81-11-706-7629
mkudo@sapporokita-mc.jp""",
        {
            "name": "Mizuki Kudo",
            "given_name": "Mizuki",
            "family_name": "Kudo",
            "title": "Coordinator",
            "company": "Sapporo Kita Medical Center",
            "emails": ["mkudo@sapporokita-mc.jp"],
            "phones": {"+81117161161": W, "+81117067629": F},
            "websites": [],
            "address": "North 14 West 5, Kita-ku, Sapporo, Hokkaido 060-8648",
            "region": "JP",
        },
    ),
    (
        "b9-jp-32-craft-brewery-instagram",
        """ai

Fukuoka Craft Brewing
Brewer / Co-founder
Daniel Okafor

1-9-3 Daimyo, Chuo-ku, Fukuoka 810-0041
090-4471-0856
dan@fukuokacraft.jp
@fukuokacraftbrewing""",
        {
            "name": "Daniel Okafor",
            "given_name": "Daniel",
            "family_name": "Okafor",
            "title": "Brewer / Co-founder",
            "company": "Fukuoka Craft Brewing",
            "emails": ["dan@fukuokacraft.jp"],
            "phones": {"+819044710856": M},
            "websites": [],
            "address": "1-9-3 Daimyo, Chuo-ku, Fukuoka 810-0041",
            "region": "JP",
        },
    ),
    (
        "b9-jp-33-name-first-company-below",
        """Masato KOBAYASHI
Deputy General Manager
Energy Solutions Business Unit

MARUKAWA & CO., LTD.
T530-8448 4-1-2 Nakanoshima, Kita-ku, Osaka
TEL 06-6208-3381  MOBILE 090-2758-4403
kobayashi-m@marukawa.co.jp
www.marukawa.co.jp""",
        {
            "name": "Masato Kobayashi",
            "given_name": "Masato",
            "family_name": "Kobayashi",
            "title": "Deputy General Manager",
            "company": "Marukawa & Co., Ltd.",
            "emails": ["kobayashi-m@marukawa.co.jp"],
            "phones": {"+81662083381": W, "+819027584403": M},
            "websites": ["www.marukawa.co.jp"],
            "address": "530-8448 4-1-2 Nakanoshima, Kita-ku, Osaka",
            "region": "JP",
        },
    ),
    (
        "b9-jp-34-pharma-two-line-title-comma",
        """Shinsei Pharmaceutical Co., Ltd.

Executive Officer,
Head of Global Regulatory Affairs
Tomoko NAGAI, Ph.D.

3-5-1 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-8426, Japan
Tel: +81-3-3244-3170
tomoko.nagai@shinsei-pharma.co.jp
www.shinsei-pharma.co.jp""",
        {
            "name": "Tomoko Nagai",
            "given_name": "Tomoko",
            "family_name": "Nagai",
            "title": "Executive Officer, Head of Global Regulatory Affairs",
            "company": "Shinsei Pharmaceutical Co., Ltd.",
            "emails": ["tomoko.nagai@shinsei-pharma.co.jp"],
            "phones": {"+81332443170": W},
            "websites": ["www.shinsei-pharma.co.jp"],
            "address": "3-5-1 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-8426, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-35-japanese-company-junk-romaji-address",
        """RAB
Ei SHY
(RR) ARATE ALB

Ryo FUKUDA

=812-0011 Hakata Ekimae 2-1-1, Hakata-ku, Fukuoka
Tel 092-473-5580
r.fukuda@kyushu-denso.co.jp""",
        {
            "name": "Ryo Fukuda",
            "given_name": "Ryo",
            "family_name": "Fukuda",
            "title": None,
            "company": None,
            "emails": ["r.fukuda@kyushu-denso.co.jp"],
            "phones": {"+81924735580": W},
            "websites": [],
            "address": "812-0011 Hakata Ekimae 2-1-1, Hakata-ku, Fukuoka",
            "region": "JP",
        },
    ),
    (
        "b9-jp-36-ad-agency-title-with-junk",
        """KOKORO
COMMUNICATIONS

Account Director  7HDY hRIL 79-
Business Producer Div. 3
Nanami Arai

Kokoro Communications Inc.
1-8-1 Higashi-Shimbashi, Minato-ku, Tokyo 105-7001
Tel: 03-6216-8871 Mobile: 080-2210-6637
n-arai@kokoro-comms.co.jp""",
        {
            "name": "Nanami Arai",
            "title": "Account Director",
            "company": "Kokoro Communications Inc.",
            "emails": ["n-arai@kokoro-comms.co.jp"],
            "phones": {"+81362168871": W, "+818022106637": M},
            "websites": [],
            "address": "1-8-1 Higashi-Shimbashi, Minato-ku, Tokyo 105-7001",
            "region": "JP",
        },
    ),
    (
        "b9-jp-37-engineer-github-no-address",
        """Yuto Nishimura
Software Engineer, Backend

Flowbase Inc.
yuto@flowbase.co.jp
github.com/yutonishi
+81 80 9921 4470""",
        {
            "name": "Yuto Nishimura",
            "title": "Software Engineer, Backend",
            "company": "Flowbase Inc.",
            "emails": ["yuto@flowbase.co.jp"],
            "phones": {"+818099214470": M},
            "websites": ["github.com/yutonishi"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b9-jp-38-shipping-gm-caps-family-first",
        """NIPPON KAIUN K.K.
Liner Division

General Manager
SAKAMOTO Jun

Iino Building 12F, 2-1-1 Uchisaiwaicho
Chiyoda-ku, Tokyo 100-0011 Japan
Tel: +81-3-3595-7740
Fax: +81-3-3595-7749
sakamoto.jun@nipponkaiun.co.jp
www.nipponkaiun.co.jp""",
        {
            "name": "Sakamoto Jun",
            "given_name": "Jun",
            "family_name": "Sakamoto",
            "title": "General Manager",
            "company": "Nippon Kaiun K.K.",
            "emails": ["sakamoto.jun@nipponkaiun.co.jp"],
            "phones": {"+81335957740": W, "+81335957749": F},
            "websites": ["www.nipponkaiun.co.jp"],
            "address": "Iino Building 12F, 2-1-1 Uchisaiwaicho, Chiyoda-ku, Tokyo 100-0011 Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-39-okinawa-resort",
        """GINOWAN BAY
RESORT & SPA

Sales & Marketing Manager
Asuka Higa

T901-2224 3-28-5 Mashiki, Ginowan, Okinawa
TEL 098-870-2211  FAX 098-870-2219
M 090-1948-3322
a.higa@ginowanbay.jp
www.ginowanbay.jp""",
        {
            "name": "Asuka Higa",
            "title": "Sales & Marketing Manager",
            "company": "Ginowan Bay Resort & Spa",
            "emails": ["a.higa@ginowanbay.jp"],
            "phones": {"+81988702211": W, "+81988702219": F, "+819019483322": M},
            "websites": ["www.ginowanbay.jp"],
            "address": "901-2224 3-28-5 Mashiki, Ginowan, Okinawa",
            "region": "JP",
        },
    ),
    (
        "b9-jp-40-life-insurance-dept-below",
        """Heiwa Mutual Life Insurance Company

Senior Manager
Group Strategy Dept.
Corporate Planning Division

Kenta Yamaguchi

2-1-1 Yurakucho, Chiyoda-ku, Tokyo 100-8411
TEL: +81-3-5221-6604
kenta_yamaguchi@heiwa-life.co.jp""",
        {
            "name": "Kenta Yamaguchi",
            "title": "Senior Manager",
            "company": "Heiwa Mutual Life Insurance Company",
            "emails": ["kenta_yamaguchi@heiwa-life.co.jp"],
            "phones": {"+81352216604": W},
            "websites": [],
            "address": "2-1-1 Yurakucho, Chiyoda-ku, Tokyo 100-8411",
            "region": "JP",
        },
    ),
    (
        "b9-jp-41-research-institute-tsukuba",
        """ne
National Institute for Advanced Materials
Research Center for Energy Materials
Battery Materials Group

Senior Researcher
Shota MIYAZAKI, Ph.D.

1-2-1 Sengen, Tsukuba, Ibaraki 305-0047, Japan
Tel: +81-29-859-2641
E-mail: MIYAZAKI.Shota@niam.go.jp""",
        {
            "name": "Shota Miyazaki",
            "given_name": "Shota",
            "family_name": "Miyazaki",
            "title": "Senior Researcher",
            "company": "National Institute for Advanced Materials",
            "emails": ["MIYAZAKI.Shota@niam.go.jp"],
            "phones": {"+81298592641": W},
            "websites": [],
            "address": "1-2-1 Sengen, Tsukuba, Ibaraki 305-0047, Japan",
            "region": "JP",
        },
    ),
    (
        "b9-jp-42-semiconductor-taiwanese-engineer",
        """HIGO SEMICONDUCTOR MANUFACTURING K.K.

Wei-Lin Chen
Engineering Manager
Process Integration Dept.

T869-1102 2200 Haramizu, Kikuyo-machi, Kikuchi-gun, Kumamoto
TEL: 096-232-7710
Mobile: 080-4719-2253
weilin.chen@higo-semi.jp""",
        {
            "name": "Wei-Lin Chen",
            "given_name": "Wei-Lin",
            "family_name": "Chen",
            "title": "Engineering Manager",
            "company": "Higo Semiconductor Manufacturing K.K.",
            "emails": ["weilin.chen@higo-semi.jp"],
            "phones": {"+81962327710": W, "+818047192253": M},
            "websites": [],
            "address": "869-1102 2200 Haramizu, Kikuyo-machi, Kikuchi-gun, Kumamoto",
            "region": "JP",
        },
    ),
    (
        "b9-jp-43-holdings-investor-relations",
        """Hoshizora Holdings, Inc.

Akira MATSUDA
Director, Investor Relations
Corporate Strategy Division

Roppongi Grand Tower 30F, 3-2-1 Roppongi, Minato-ku, Tokyo 106-6230
Direct +81 3 4330 9158
akira.matsuda@hoshizora-hd.com
ir.hoshizora-hd.com""",
        {
            "name": "Akira Matsuda",
            "given_name": "Akira",
            "family_name": "Matsuda",
            "title": "Director, Investor Relations",
            "company": "Hoshizora Holdings, Inc.",
            "emails": ["akira.matsuda@hoshizora-hd.com"],
            "phones": {"+81343309158": W},
            "websites": ["ir.hoshizora-hd.com"],
            "address": "Roppongi Grand Tower 30F, 3-2-1 Roppongi, Minato-ku, Tokyo 106-6230",
            "region": "JP",
        },
    ),
    (
        "b9-jp-44-shipbuilding-hiroshima",
        """i ee
SETOUCHI ZOSEN CO., LTD.
Ship Sales Department

Manager (Section Chief)
Takuya OKAMOTO

T734-8555 5-3-1 Ujina-Kaigan, Minami-ku, Hiroshima
Tel. 082-251-4460 Fax. 082-251-4469
Mobile 090-5372-1180
t.okamoto@setouchi-zosen.co.jp
http://www.setouchi-zosen.co.jp""",
        {
            "name": "Takuya Okamoto",
            "given_name": "Takuya",
            "family_name": "Okamoto",
            "title": "Manager (Section Chief)",
            "company": "Setouchi Zosen Co., Ltd.",
            "emails": ["t.okamoto@setouchi-zosen.co.jp"],
            "phones": {"+81822514460": W, "+81822514469": F, "+819053721180": M},
            "websites": ["www.setouchi-zosen.co.jp"],
            "address": "734-8555 5-3-1 Ujina-Kaigan, Minami-ku, Hiroshima",
            "region": "JP",
        },
    ),
    (
        "b9-jp-45-it-reseller-keitai-icons",
        """@ ASAHI NETSOLUTIONS
KH EY

Sales Representative
Haruto Kimura

& 03-5960-2417
O Keitai 070-3391-8825
© h.kimura@asahi-netsol.co.jp
3-1-5 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013""",
        {
            "name": "Haruto Kimura",
            "title": "Sales Representative",
            "company": "Asahi Netsolutions",
            "emails": ["h.kimura@asahi-netsol.co.jp"],
            "phones": {"+81359602417": W, "+817033918825": M},
            "websites": [],
            "address": "3-1-5 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013",
            "region": "JP",
        },
    ),
    (
        "b9-jp-46-chamber-executive-director",
        """The Canadian Chamber of Commerce in Japan

Claire Dubois
Executive Director

Sanno Park Tower 11F, 2-11-1 Nagatacho
Chiyoda-ku, Tokyo 100-6162
Tel: 03-6205-3210
claire.dubois@cccj.or.jp
www.cccj.or.jp""",
        {
            "name": "Claire Dubois",
            "given_name": "Claire",
            "family_name": "Dubois",
            "title": "Executive Director",
            "company": "The Canadian Chamber of Commerce in Japan",
            "emails": ["claire.dubois@cccj.or.jp"],
            "phones": {"+81362053210": W},
            "websites": ["www.cccj.or.jp"],
            "address": "Sanno Park Tower 11F, 2-11-1 Nagatacho, Chiyoda-ku, Tokyo 100-6162",
            "region": "JP",
        },
    ),
    (
        "b9-jp-47-language-school-principal",
        """Sunrise Japanese Language School
BARA RAR

Principal
NOGUCHI Haruko

T169-0075 2-14-6 Takadanobaba, Shinjuku-ku, Tokyo
TEL 03-3208-5561 FAX 03-3208-5562
noguchi@sunrise-jls.jp
info@sunrise-jls.jp
www.sunrise-jls.jp""",
        {
            "name": "Noguchi Haruko",
            "given_name": "Haruko",
            "family_name": "Noguchi",
            "title": "Principal",
            "company": "Sunrise Japanese Language School",
            "emails": ["noguchi@sunrise-jls.jp", "info@sunrise-jls.jp"],
            "phones": {"+81332085561": W, "+81332085562": F},
            "websites": ["www.sunrise-jls.jp"],
            "address": "169-0075 2-14-6 Takadanobaba, Shinjuku-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b9-jp-48-dental-clinic-director",
        """Aoyama Smile Dental Clinic
SARTRE

Director
Ken Ishikawa, D.D.S., Ph.D.

Aoyama Bldg. 3F, 5-8-3 Minami-Aoyama, Minato-ku, Tokyo 107-0062
TEL 03-5467-2218
Open Mon-Sat 10:00-19:00
www.aoyama-smile-dental.jp""",
        {
            "name": "Ken Ishikawa",
            "title": "Director",
            "company": "Aoyama Smile Dental Clinic",
            "emails": [],
            "phones": {"+81354672218": W},
            "websites": ["www.aoyama-smile-dental.jp"],
            "address": "Aoyama Bldg. 3F, 5-8-3 Minami-Aoyama, Minato-ku, Tokyo 107-0062",
            "region": "JP",
        },
    ),
    (
        "b9-jp-49-bank-branch-manager",
        """FA) GE
HOKUTO BANK
Shinjuku Branch

Branch Manager
Tetsuya ENDO

T160-0022 3-25-1 Shinjuku, Shinjuku-ku, Tokyo
TEL 03-3352-7131
t_endo@hokutobank.co.jp""",
        {
            "name": "Tetsuya Endo",
            "given_name": "Tetsuya",
            "family_name": "Endo",
            "title": "Branch Manager",
            "company": "Hokuto Bank",
            "emails": ["t_endo@hokutobank.co.jp"],
            "phones": {"+81333527131": W},
            "websites": [],
            "address": "160-0022 3-25-1 Shinjuku, Shinjuku-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b9-jp-50-founder-linkedin-paren-zero",
        """Tomas Lindgren
Founder & CEO

Koyo Mobility G.K.
+81 (0)80 6152 3390
tomas@koyomobility.com
koyomobility.com
linkedin.com/in/tomaslindgren
Tokyo, Japan""",
        {
            "name": "Tomas Lindgren",
            "given_name": "Tomas",
            "family_name": "Lindgren",
            "title": "Founder & CEO",
            "company": "Koyo Mobility G.K.",
            "emails": ["tomas@koyomobility.com"],
            "phones": {"+818061523390": M},
            "websites": ["koyomobility.com", "linkedin.com/in/tomaslindgren"],
            "address": "Tokyo, Japan",
            "region": "JP",
        },
    ),
]

INTL: list[Case] = [
    (
        "b9-01-gb-architects-lockup",
        """HARBOUR
ARCHITECTS

Thomas Aldridge BA (Hons) DipArch RIBA
Associate Director

The Paintworks, Unit 4.2
Bath Road, Bristol BS4 3EH
T +44 (0)117 971 2240
M +44 (0)7831 446 905
tom.aldridge@harbourarchitects.co.uk
harbourarchitects.co.uk""",
        {
            "name": "Thomas Aldridge",
            "given_name": "Thomas",
            "family_name": "Aldridge",
            "title": "Associate Director",
            "company": "Harbour Architects",
            "emails": ["tom.aldridge@harbourarchitects.co.uk"],
            "phones": {"+441179712240": W, "+447831446905": M},
            "websites": ["harbourarchitects.co.uk"],
            "address": "The Paintworks, Unit 4.2, Bath Road, Bristol BS4 3EH",
            "region": "GB",
        },
    ),
    (
        "b9-02-gb-surveyors-mrics",
        """© GRAFTON LEWIS
Chartered Surveyors

Ms Priya Raman MRICS
Director, Building Consultancy

GRAFTON LEWIS LLP
48 Great Portland Street
London W1W 7ND

D +44 (0)20 7183 4421
M +44 (0)7912 338 460
E priya.raman@graftonlewis.co.uk
W www.graftonlewis.co.uk""",
        {
            "name": "Priya Raman",
            "given_name": "Priya",
            "family_name": "Raman",
            "title": "Director, Building Consultancy",
            "company": "Grafton Lewis LLP",
            "emails": ["priya.raman@graftonlewis.co.uk"],
            "phones": {"+442071834421": W, "+447912338460": M},
            "websites": ["www.graftonlewis.co.uk"],
            "address": "48 Great Portland Street, London W1W 7ND",
            "region": "GB",
        },
    ),
    (
        "b9-03-gb-accountants-person-like-firm",
        """Barnes & Whitfield
CHARTERED ACCOUNTANTS & BUSINESS ADVISERS

Andrew Kershaw FCA
Partner

Bank Chambers
3 Exchange Street
Manchester M2 7HA

Tel: 0161 832 5540
Mob: 07794 210 876
andrew.kershaw@barneswhitfield.co.uk
www.barneswhitfield.co.uk""",
        {
            "name": "Andrew Kershaw",
            "given_name": "Andrew",
            "family_name": "Kershaw",
            "title": "Partner",
            "company": "Barnes & Whitfield",
            "emails": ["andrew.kershaw@barneswhitfield.co.uk"],
            "phones": {"+441618325540": W, "+447794210876": M},
            "websites": ["www.barneswhitfield.co.uk"],
            "address": "Bank Chambers, 3 Exchange Street, Manchester M2 7HA",
            "region": "GB",
        },
    ),
    (
        "b9-04-gb-rail-engineer-ceng",
        """|| MERCIAN RAIL

Dr Oliver Grant CEng MIET
Principal Systems Engineer
Signalling & Control

Mercian Rail Systems Ltd
Quayside Tower, 252-260 Broad Street
Birmingham B1 2HF, United Kingdom
t: +44 121 496 2280
m: +44 7468 552 019
e: oliver.grant@mercianrail.com""",
        {
            "name": "Oliver Grant",
            "given_name": "Oliver",
            "family_name": "Grant",
            "title": "Principal Systems Engineer",
            "company": "Mercian Rail Systems Ltd",
            "emails": ["oliver.grant@mercianrail.com"],
            "phones": {"+441214962280": W, "+447468552019": M},
            "websites": [],
            "address": "Quayside Tower, 252-260 Broad Street, Birmingham B1 2HF, United Kingdom",
            "region": "GB",
        },
    ),
    (
        "b9-05-gb-recruiter-pipe-for-l",
        """Fenwick Cole
Technology Recruitment

Jessica Howarth
Senior Consultant - Data & Analytics

T: 020 3745 9921
M: 07825 664 312
jessica.howarth@fenwickco|e.com
fenwickcole.com
1 Fore Street Avenue, London EC2Y 9DT""",
        {
            "name": "Jessica Howarth",
            "given_name": "Jessica",
            "family_name": "Howarth",
            "title": "Senior Consultant - Data & Analytics",
            "company": "Fenwick Cole",
            "emails": ["jessica.howarth@fenwickcole.com"],
            "phones": {"+442037459921": W, "+447825664312": M},
            "websites": ["fenwickcole.com"],
            "address": "1 Fore Street Avenue, London EC2Y 9DT",
            "region": "GB",
        },
    ),
    (
        "b9-06-gb-nhs-consultant",
        """NHS
Leeds Teaching Hospitals
NHS Trust

Dr Rachel Okonkwo MBChB FRCP
Consultant Cardiologist
Department of Cardiology

Leeds General Infirmary
Great George Street, Leeds LS1 3EX
Secretary: 0113 392 6840
rachel.okonkwo@nhs.net""",
        {
            "name": "Rachel Okonkwo",
            "given_name": "Rachel",
            "family_name": "Okonkwo",
            "title": "Consultant Cardiologist",
            "company": "Leeds Teaching Hospitals NHS Trust",
            "emails": ["rachel.okonkwo@nhs.net"],
            "phones": {"+441133926840": W},
            "websites": [],
            "address": "Leeds General Infirmary, Great George Street, Leeds LS1 3EX",
            "region": "GB",
        },
    ),
    (
        "b9-07-gb-university-professor",
        """THE UNIVERSITY of STRATHALLAN
School of Informatics

Prof. Alasdair MacLeod FRSE
Professor of Computational Linguistics

Informatics Forum, 10 Crichton Street
Edinburgh EH8 9AB
Tel +44 (0)131 651 5609
a.macleod@strathallan.ac.uk""",
        {
            "name": "Alasdair MacLeod",
            "given_name": "Alasdair",
            "family_name": "MacLeod",
            "title": "Professor of Computational Linguistics",
            "company": "The University of Strathallan",
            "emails": ["a.macleod@strathallan.ac.uk"],
            "phones": {"+441316515609": W},
            "websites": [],
            "address": "Informatics Forum, 10 Crichton Street, Edinburgh EH8 9AB",
            "region": "GB",
        },
    ),
    (
        "b9-08-gb-bakery-no-person",
        """THE CROOKED LOAF
artisan bakery & coffee

17 Goodramgate, York YO1 7LS
01904 622 418
hello@thecrookedloaf.co.uk
www.thecrookedloaf.co.uk
Tue-Sat 8am - 4pm  Sun 9am - 2pm""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "The Crooked Loaf",
            "emails": ["hello@thecrookedloaf.co.uk"],
            "phones": {"+441904622418": W},
            "websites": ["www.thecrookedloaf.co.uk"],
            "address": "17 Goodramgate, York YO1 7LS",
            "region": "GB",
        },
    ),
    (
        "b9-09-gb-solicitor-two-line-title",
        """Whitcombe Hale
SOLICITORS

Mr Daniel Fairbairn
Partner,
Head of Employment

T 0113 245 8810
DD 0113 245 8836
M 07703 219 554
daniel.fairbairn@whitcombehale.co.uk
Whitcombe Hale LLP, 6 Park Place, Leeds LS1 2RU
whitcombehale.co.uk""",
        {
            "name": "Daniel Fairbairn",
            "given_name": "Daniel",
            "family_name": "Fairbairn",
            "title": "Partner, Head of Employment",
            "company": "Whitcombe Hale LLP",
            "emails": ["daniel.fairbairn@whitcombehale.co.uk"],
            "phones": {"+441132458810": W, "+441132458836": W, "+447703219554": M},
            "websites": ["whitcombehale.co.uk"],
            "address": "6 Park Place, Leeds LS1 2RU",
            "region": "GB",
        },
    ),
    (
        "b9-10-gb-photographer-person-named-firm",
        """Sofia Marchetti Photography
weddings - portraits - events

Sofia Marchetti
07956 301 442
sofiamarchettiphoto@gmail.com
sofiamarchetti.co.uk
@sofiamarchettiphoto
Brighton & Hove""",
        {
            "name": "Sofia Marchetti",
            "given_name": "Sofia",
            "family_name": "Marchetti",
            "title": None,
            "company": "Sofia Marchetti Photography",
            "emails": ["sofiamarchettiphoto@gmail.com"],
            "phones": {"+447956301442": M},
            "websites": ["sofiamarchetti.co.uk"],
            "address": "Brighton & Hove",
            "region": "GB",
        },
    ),
    (
        "b9-11-gb-lowercase-logo-labs",
        """northlight
LABS

Euan Brodie
Co-founder & CTO

euan@northlightlabs.io
+44 (0)7385 906 112
northlightlabs.io
The Tontine, 20 Trongate, Glasgow G1 5NA""",
        {
            "name": "Euan Brodie",
            "given_name": "Euan",
            "family_name": "Brodie",
            "title": "Co-founder & CTO",
            "company": "Northlight Labs",
            "emails": ["euan@northlightlabs.io"],
            "phones": {"+447385906112": M},
            "websites": ["northlightlabs.io"],
            "address": "The Tontine, 20 Trongate, Glasgow G1 5NA",
            "region": "GB",
        },
    ),
    (
        "b9-12-gb-estate-agent-bullets-as-e",
        """| TAFF & CO
Estate Agents | Lettings

Rhys Pritchard
Branch Manager

e 029 2034 4781
e 07891 442 306
e rhys@taffandco.co.uk
e taffandco.co.uk
2 Wellfield Road, Roath, Cardiff CF24 3PB""",
        {
            "name": "Rhys Pritchard",
            "given_name": "Rhys",
            "family_name": "Pritchard",
            "title": "Branch Manager",
            "company": "Taff & Co",
            "emails": ["rhys@taffandco.co.uk"],
            "phones": {"+442920344781": W, "+447891442306": M},
            "websites": ["taffandco.co.uk"],
            "address": "2 Wellfield Road, Roath, Cardiff CF24 3PB",
            "region": "GB",
        },
    ),
    (
        "b9-13-ie-fintech-particle-surname",
        """Lightfoot
Payments

Aoife Ní Bhriain
Head of Partnerships, EMEA

Lightfoot Payments Ltd
Ground Floor, 2 Grand Canal Square
Dublin 2, D02 A342, Ireland

M: +353 (0)87 214 6650
E: aoife.nibhriain@lightfootpay.com
W: lightfootpay.com""",
        {
            "name": "Aoife Ní Bhriain",
            "given_name": "Aoife",
            "family_name": "Ní Bhriain",
            "title": "Head of Partnerships, EMEA",
            "company": "Lightfoot Payments Ltd",
            "emails": ["aoife.nibhriain@lightfootpay.com"],
            "phones": {"+353872146650": M},
            "websites": ["lightfootpay.com"],
            "address": "Ground Floor, 2 Grand Canal Square, Dublin 2, D02 A342, Ireland",
            "region": "IE",
        },
    ),
    (
        "b9-14-ie-biologics-lockup",
        """CORRIB
BIOLOGICS

Brian O'Sullivan BSc (Hons) MSc
Quality Assurance Manager

Ringaskiddy, Co. Cork, P43 FX82
Tel: +353 21 437 8800
Mob: 086 145 2237
brian.osullivan@corribbio.ie""",
        {
            "name": "Brian O'Sullivan",
            "given_name": "Brian",
            "family_name": "O'Sullivan",
            "title": "Quality Assurance Manager",
            "company": "Corrib Biologics",
            "emails": ["brian.osullivan@corribbio.ie"],
            "phones": {"+353214378800": W, "+353861452237": M},
            "websites": [],
            "address": "Ringaskiddy, Co. Cork, P43 FX82",
            "region": "IE",
        },
    ),
    (
        "b9-15-ie-pub-no-person",
        """THE SALTHILL TAVERN
Live music nightly - Food served 12-9

1 Upper Salthill, Galway H91 E2K7
091 521 448
info@salthilltavern.ie
www.salthilltavern.ie""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "The Salthill Tavern",
            "emails": ["info@salthilltavern.ie"],
            "phones": {"+35391521448": W},
            "websites": ["www.salthilltavern.ie"],
            "address": "1 Upper Salthill, Galway H91 E2K7",
            "region": "IE",
        },
    ),
    (
        "b9-16-au-law-firm-person-like",
        """Kingsford Lyle
LAWYERS

Emma Castellano
Senior Associate
Commercial Litigation

Level 21, 1 Bligh Street
Sydney NSW 2000
T +61 2 9232 8841
M 0412 778 305
E ecastellano@kingsfordlyle.com.au
kingsfordlyle.com.au""",
        {
            "name": "Emma Castellano",
            "given_name": "Emma",
            "family_name": "Castellano",
            "title": "Senior Associate",
            "company": "Kingsford Lyle",
            "emails": ["ecastellano@kingsfordlyle.com.au"],
            "phones": {"+61292328841": W, "+61412778305": M},
            "websites": ["kingsfordlyle.com.au"],
            "address": "Level 21, 1 Bligh Street, Sydney NSW 2000",
            "region": "AU",
        },
    ),
    (
        "b9-17-au-cafe-abn-no-person",
        """Little Collins Roasters
SPECIALTY COFFEE

Shop 3, 285 Little Collins St
Melbourne VIC 3000
(03) 9654 2217
hello@lcroasters.com.au
lcroasters.com.au
ABN 51 824 753 556""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Little Collins Roasters",
            "emails": ["hello@lcroasters.com.au"],
            "phones": {"+61396542217": W},
            "websites": ["lcroasters.com.au"],
            "address": "Shop 3, 285 Little Collins St, Melbourne VIC 3000",
            "region": "AU",
        },
    ),
    (
        "b9-18-au-mining-gm-pipe-line",
        """© BASALT

Mr Liam O'Donnell BEng (Mining) FAusIMM
General Manager - Operations

Basalt Resources Limited
Level 9, 300 Queen Street, Brisbane QLD 4000
P +61 7 3229 6400 | M +61 438 221 907
liam.odonnell@basaltresources.com.au
basaltresources.com.au""",
        {
            "name": "Liam O'Donnell",
            "given_name": "Liam",
            "family_name": "O'Donnell",
            "title": "General Manager - Operations",
            "company": "Basalt Resources Limited",
            "emails": ["liam.odonnell@basaltresources.com.au"],
            "phones": {"+61732296400": W, "+61438221907": M},
            "websites": ["basaltresources.com.au"],
            "address": "Level 9, 300 Queen Street, Brisbane QLD 4000",
            "region": "AU",
        },
    ),
    (
        "b9-19-au-geotech-dr-middle-name",
        """COASTLINE GEOTECHNICS

Dr Mei Ling Tan CPEng FIEAust
Principal Geotechnical Engineer

Coastline Geotechnics Pty Ltd
ABN 37 612 448 901
Level 3, 181 St Georges Terrace, Perth WA 6000
T (08) 9321 4480
M 0419 832 667
meiling.tan@coastlinegeo.com.au""",
        {
            "name": "Mei Ling Tan",
            "title": "Principal Geotechnical Engineer",
            "company": "Coastline Geotechnics Pty Ltd",
            "emails": ["meiling.tan@coastlinegeo.com.au"],
            "phones": {"+61893214480": W, "+61419832667": M},
            "websites": [],
            "address": "Level 3, 181 St Georges Terrace, Perth WA 6000",
            "region": "AU",
        },
    ),
    (
        "b9-20-au-winery-cellar-door",
        """SANDSTONE RIDGE
WINES

Hamish Doy|e
Winemaker & Viticulturist

Cellar Door: Lot 12 Tanunda Road, Nuriootpa SA 5355
0427 119 684
hamish@sandstoneridge.com.au
sandstoneridge.com.au""",
        {
            "name": "Hamish Doyle",
            "given_name": "Hamish",
            "family_name": "Doyle",
            "title": "Winemaker & Viticulturist",
            "company": "Sandstone Ridge Wines",
            "emails": ["hamish@sandstoneridge.com.au"],
            "phones": {"+61427119684": M},
            "websites": ["sandstoneridge.com.au"],
            "address": "Lot 12 Tanunda Road, Nuriootpa SA 5355",
            "region": "AU",
        },
    ),
    (
        "b9-21-au-saas-head-of-sales-apac",
        """Quillstack

Ben Whitaker
Head of Sales, APAC

Level 5, 80 Pacific Highway, North Sydney NSW 2060
+61 2 8074 3310
+61 401 556 218
ben.whitaker @quillstack.com
quillstack.com""",
        {
            "name": "Ben Whitaker",
            "given_name": "Ben",
            "family_name": "Whitaker",
            "title": "Head of Sales, APAC",
            "company": "Quillstack",
            "emails": ["ben.whitaker@quillstack.com"],
            "phones": {"+61280743310": W, "+61401556218": M},
            "websites": ["quillstack.com"],
            "address": "Level 5, 80 Pacific Highway, North Sydney NSW 2060",
            "region": "AU",
        },
    ),
    (
        "b9-22-au-real-estate-1300",
        """SURF COAST
REALTY

Chloe Nguyen
Sales Agent

1300 724 318
0433 901 274
chloe@surfcoastrealty.com.au
2/14 Thomas Drive, Chevron Island QLD 4217
surfcoastrealty.com.au""",
        {
            "name": "Chloe Nguyen",
            "given_name": "Chloe",
            "family_name": "Nguyen",
            "title": "Sales Agent",
            "company": "Surf Coast Realty",
            "emails": ["chloe@surfcoastrealty.com.au"],
            "phones": {"+611300724318": W, "+61433901274": M},
            "websites": ["surfcoastrealty.com.au"],
            "address": "2/14 Thomas Drive, Chevron Island QLD 4217",
            "region": "AU",
        },
    ),
    (
        "b9-23-nz-design-studio-tagline",
        """FERN & FORGE
Brand - Print - Digital

Aroha Te Whata
Creative Director

Studio 4, 2 Ponsonby Road
Grey Lynn, Auckland 1011
+64 9 376 5520
+64 21 044 8821
aroha@fernandforge.co.nz
fernandforge.co.nz""",
        {
            "name": "Aroha Te Whata",
            "title": "Creative Director",
            "company": "Fern & Forge",
            "emails": ["aroha@fernandforge.co.nz"],
            "phones": {"+6493765520": W, "+64210448821": M},
            "websites": ["fernandforge.co.nz"],
            "address": "Studio 4, 2 Ponsonby Road, Grey Lynn, Auckland 1011",
            "region": "NZ",
        },
    ),
    (
        "b9-24-nz-ministry-ddi",
        """MINISTRY OF BUSINESS,
INNOVATION & EMPLOYMENT
HIKINA WHAKATUTUKI

Dr Sam Patel
Principal Policy Advisor
Labour Market Policy

15 Stout Street, PO Box 1473, Wellington 6140
DDI +64 4 901 8843
Mob +64 27 447 3306
sam.patel@mbie.govt.nz
www.mbie.govt.nz""",
        {
            "name": "Sam Patel",
            "given_name": "Sam",
            "family_name": "Patel",
            "title": "Principal Policy Advisor",
            "company": "Ministry of Business, Innovation & Employment",
            "emails": ["sam.patel@mbie.govt.nz"],
            "phones": {"+6449018843": W, "+64274473306": M},
            "websites": ["www.mbie.govt.nz"],
            "address": "15 Stout Street, PO Box 1473, Wellington 6140",
            "region": "NZ",
        },
    ),
    (
        "b9-25-nz-builder-city-only",
        """KEA BUILDERS LTD
Licensed Building Practitioner

Matt Hollis
Director

027 338 4410
matt@keabuilders.co.nz
Christchurch""",
        {
            "name": "Matt Hollis",
            "given_name": "Matt",
            "family_name": "Hollis",
            "title": "Director",
            "company": "Kea Builders Ltd",
            "emails": ["matt@keabuilders.co.nz"],
            "phones": {"+64273384410": M},
            "websites": [],
            "address": "Christchurch",
            "region": "NZ",
        },
    ),
    (
        "b9-26-sg-shipping-caps-family",
        """STRAITS MERIDIAN
SHIPPING PTE. LTD.

LIM Wei Jie
Assistant Vice President
Chartering & Operations

80 Robinson Road #14-02
Singapore 068898
DID: +65 6225 8841
HP: +65 9127 3360
Fax: +65 6225 8800
weijie.lim@straitsmeridian.com.sg""",
        {
            "name": "Lim Wei Jie",
            "given_name": "Wei Jie",
            "family_name": "Lim",
            "title": "Assistant Vice President",
            "company": "Straits Meridian Shipping Pte. Ltd.",
            "emails": ["weijie.lim@straitsmeridian.com.sg"],
            "phones": {"+6562258841": W, "+6591273360": M, "+6562258800": F},
            "websites": [],
            "address": "80 Robinson Road #14-02, Singapore 068898",
            "region": "SG",
        },
    ),
    (
        "b9-27-sg-private-bank-columns",
        """MARINA COMMERCIAL BANK

Priscilla Tan
Director, Relationship Manager
Private Banking Group

12 Marina Boulevard, #31-01 Marina Bay Financial Centre Tower 3, Singapore 018982
T (65) 6878 4412   M (65) 8223 5519
priscilla.tan@marinacb.com.sg""",
        {
            "name": "Priscilla Tan",
            "given_name": "Priscilla",
            "family_name": "Tan",
            "title": "Director, Relationship Manager",
            "company": "Marina Commercial Bank",
            "emails": ["priscilla.tan@marinacb.com.sg"],
            "phones": {"+6568784412": W, "+6582235519": M},
            "websites": [],
            "address": "12 Marina Boulevard, #31-01 Marina Bay Financial Centre Tower 3, Singapore 018982",
            "region": "SG",
        },
    ),
    (
        "b9-28-sg-clinic-whatsapp",
        """NOVENA FAMILY CLINIC

Dr. Ang Hui Min
MBBS (S'pore), MMed (FM)
Family Physician

10 Sinaran Drive, #08-21 Novena Medical Center, Singapore 307506
Tel: 6352 4418  Fax: 6352 4419
WhatsApp: 8844 2106
enquiry@novenafamilyclinic.sg
Mon-Fri 8.30am - 5.30pm""",
        {
            "name": "Ang Hui Min",
            "title": "Family Physician",
            "company": "Novena Family Clinic",
            "emails": ["enquiry@novenafamilyclinic.sg"],
            "phones": {"+6563524418": W, "+6563524419": F, "+6588442106": M},
            "websites": [],
            "address": "10 Sinaran Drive, #08-21 Novena Medical Center, Singapore 307506",
            "region": "SG",
        },
    ),
    (
        "b9-29-sg-startup-lockup-ai",
        """tidepool
AI

Arjun Menon
Founder & CEO

arjun@tidepool.ai
+65 8190 4472
tidepool.ai
71 Ayer Rajah Crescent, #02-18, Singapore 139951""",
        {
            "name": "Arjun Menon",
            "given_name": "Arjun",
            "family_name": "Menon",
            "title": "Founder & CEO",
            "company": "Tidepool AI",
            "emails": ["arjun@tidepool.ai"],
            "phones": {"+6581904472": M},
            "websites": ["tidepool.ai"],
            "address": "71 Ayer Rajah Crescent, #02-18, Singapore 139951",
            "region": "SG",
        },
    ),
    (
        "b9-30-sg-analytics-legal-name",
        """kestrel

Nadia Rahman
Head of Sales, APAC

Kestrel Analytics Asia Pte Ltd
1 Raffles Place, #20-61 One Raffles Place Tower 2
Singapore 048616
M +65 9748 2215
E nadia.rahman@kestrelanalytics.com""",
        {
            "name": "Nadia Rahman",
            "given_name": "Nadia",
            "family_name": "Rahman",
            "title": "Head of Sales, APAC",
            "company": "Kestrel Analytics Asia Pte Ltd",
            "emails": ["nadia.rahman@kestrelanalytics.com"],
            "phones": {"+6597482215": M},
            "websites": [],
            "address": "1 Raffles Place, #20-61 One Raffles Place Tower 2, Singapore 048616",
            "region": "SG",
        },
    ),
    (
        "b9-31-sg-hotel-three-numbers",
        """THE AMBERLEY SINGAPORE

Joanne Koh
Director of Sales & Marketing

390 Orchard Road, Singapore 238871
T +65 6737 2200  D +65 6831 4415  M +65 9022 7184
joanne.koh@theamberley.com.sg
theamberley.com.sg""",
        {
            "name": "Joanne Koh",
            "given_name": "Joanne",
            "family_name": "Koh",
            "title": "Director of Sales & Marketing",
            "company": "The Amberley Singapore",
            "emails": ["joanne.koh@theamberley.com.sg"],
            "phones": {"+6567372200": W, "+6568314415": W, "+6590227184": M},
            "websites": ["theamberley.com.sg"],
            "address": "390 Orchard Road, Singapore 238871",
            "region": "SG",
        },
    ),
    (
        "b9-32-hk-trading-chinese-junk",
        """WINGFAT TRADING COMPANY LIMITED
FR Ft A BR A A]

CHAN Tai Man, Kenneth
Sales Manager

Unit 1203, 12/F, Tower A, New Mandarin Plaza
14 Science Museum Road, Tsim Sha Tsui, Kowloon, Hong Kong
Tel: (852) 2723 4418  Fax: (852) 2723 4400
Mobile: (852) 9218 6630
kenneth.chan@wingfat.com.hk""",
        {
            "name": "Chan Tai Man, Kenneth",
            "family_name": "Chan",
            "title": "Sales Manager",
            "company": "Wingfat Trading Company Limited",
            "emails": ["kenneth.chan@wingfat.com.hk"],
            "phones": {"+85227234418": W, "+85227234400": F, "+85292186630": M},
            "websites": [],
            "address": (
                "Unit 1203, 12/F, Tower A, New Mandarin Plaza, "
                "14 Science Museum Road, Tsim Sha Tsui, Kowloon, Hong Kong"
            ),
            "region": "HK",
        },
    ),
    (
        "b9-33-hk-bank-vp-division",
        """KOWLOON PACIFIC BANK

Ms Grace Leung
Vice President
Corporate Banking Division

18/F, Pacific Bank Centre, 88 Des Voeux Road Central, Hong Kong
T +852 3608 2241
M +852 6112 8870
grace.leung@kpbank.com.hk""",
        {
            "name": "Grace Leung",
            "given_name": "Grace",
            "family_name": "Leung",
            "title": "Vice President",
            "company": "Kowloon Pacific Bank",
            "emails": ["grace.leung@kpbank.com.hk"],
            "phones": {"+85236082241": W, "+85261128870": M},
            "websites": [],
            "address": "18/F, Pacific Bank Centre, 88 Des Voeux Road Central, Hong Kong",
            "region": "HK",
        },
    ),
    (
        "b9-34-hk-property-licence-line",
        """CAUSEWAY REALTY

Alex WONG
Senior Sales Director
Licence No. E-412873

Shop B, G/F, 23 Leighton Road, Causeway Bay, Hong Kong
+852 2890 3315
+852 9466 2871
alexwong@causewayrealty.hk""",
        {
            "name": "Alex Wong",
            "given_name": "Alex",
            "family_name": "Wong",
            "title": "Senior Sales Director",
            "company": "Causeway Realty",
            "emails": ["alexwong@causewayrealty.hk"],
            "phones": {"+85228903315": W, "+85294662871": M},
            "websites": [],
            "address": "Shop B, G/F, 23 Leighton Road, Causeway Bay, Hong Kong",
            "region": "HK",
        },
    ),
    (
        "b9-35-hk-advisory-columns-email-slip",
        """Fiona Tsang    T +852 2537 1180
Partner    M +852 5401 7736

Peak Advisory Limited
fiona.tsang©peakadvisory.com.hk
Suite 2301, 23/F, Jardine House, 1 Connaught Place, Central""",
        {
            "name": "Fiona Tsang",
            "given_name": "Fiona",
            "family_name": "Tsang",
            "title": "Partner",
            "company": "Peak Advisory Limited",
            "emails": ["fiona.tsang@peakadvisory.com.hk"],
            "phones": {"+85225371180": W, "+85254017736": M},
            "websites": [],
            "address": "Suite 2301, 23/F, Jardine House, 1 Connaught Place, Central",
            "region": "HK",
        },
    ),
    (
        "b9-36-in-it-talent-acquisition",
        """infospark

Ananya Krishnan
Senior Manager - Talent Acquisition

Infospark Technologies Pvt. Ltd.
Prestige Tech Park, Tower B, 4th Floor
Outer Ring Road, Marathahalli
Bengaluru 560103, Karnataka, India
M: +91 98450 21177
T: +91 80 4112 6600
ananya.k@infospark.in
www.infospark.in""",
        {
            "name": "Ananya Krishnan",
            "given_name": "Ananya",
            "family_name": "Krishnan",
            "title": "Senior Manager - Talent Acquisition",
            "company": "Infospark Technologies Pvt. Ltd.",
            "emails": ["ananya.k@infospark.in"],
            "phones": {"+919845021177": M, "+918041126600": W},
            "websites": ["www.infospark.in"],
            "address": (
                "Prestige Tech Park, Tower B, 4th Floor, Outer Ring Road, Marathahalli, "
                "Bengaluru 560103, Karnataka, India"
            ),
            "region": "IN",
        },
    ),
    (
        "b9-37-in-ca-firm-person-like",
        """R. SHAH & ASSOCIATES
Chartered Accountants

CA Rohit Mehta
B.Com, FCA, DISA (ICAI)
Partner

301, Maker Chambers V, Nariman Point, Mumbai - 400 021
Tel: +91 22 2204 5566
Mobile: +91 98200 47731
rohit@rshahassociates.in""",
        {
            "name": "Rohit Mehta",
            "given_name": "Rohit",
            "family_name": "Mehta",
            "title": "Partner",
            "company": "R. Shah & Associates",
            "emails": ["rohit@rshahassociates.in"],
            "phones": {"+912222045566": W, "+919820047731": M},
            "websites": [],
            "address": "301, Maker Chambers V, Nariman Point, Mumbai - 400 021",
            "region": "IN",
        },
    ),
    (
        "b9-38-in-ngo-tagline",
        """SARTHI FOUNDATION
Empowering rural women since 2004

Dr. Meenakshi Iyer
Executive Director

B-42, Second Floor, Defence Colony, New Delhi 110024
+91 11 4105 2290
+91 99101 35528
meenakshi@sarthifoundation.org
www.sarthifoundation.org""",
        {
            "name": "Meenakshi Iyer",
            "given_name": "Meenakshi",
            "family_name": "Iyer",
            "title": "Executive Director",
            "company": "Sarthi Foundation",
            "emails": ["meenakshi@sarthifoundation.org"],
            "phones": {"+911141052290": W, "+919910135528": M},
            "websites": ["www.sarthifoundation.org"],
            "address": "B-42, Second Floor, Defence Colony, New Delhi 110024",
            "region": "IN",
        },
    ),
    (
        "b9-39-in-forgings-slash-number-two-emails",
        """DECCAN FORGINGS LIMITED

Mr. SANJAY KULKARNI
General Manager (Exports)

Plot No. A-17, MIDC Bhosari, Pune - 411026, Maharashtra, India
Ph: +91-20-2712 4480 / 81
Cell: +91-98230-56614
Email: sanjay.kulkarni@deccanforgings.com ; exports@deccanforgings.com
Web: www.deccanforgings.com""",
        {
            "name": "Sanjay Kulkarni",
            "given_name": "Sanjay",
            "family_name": "Kulkarni",
            "title": "General Manager (Exports)",
            "company": "Deccan Forgings Limited",
            "emails": ["sanjay.kulkarni@deccanforgings.com", "exports@deccanforgings.com"],
            "phones": {"+912027124480": W, "+912027124481": W, "+919823056614": M},
            "websites": ["www.deccanforgings.com"],
            "address": "Plot No. A-17, MIDC Bhosari, Pune - 411026, Maharashtra, India",
            "region": "IN",
        },
    ),
    (
        "b9-40-in-hospital-neurosurgeon",
        """Dr. Karthik Subramanian
MBBS, MS, MCh (Neuro)
Senior Consultant - Neurosurgery

KAVERI MULTISPECIALITY HOSPITAL
No. 81, TTK Road, Alwarpet, Chennai - 600 018
Appointments: 044 4200 8800
karthik.s@kaverihospitals.in
www.kaverihospitals.in""",
        {
            "name": "Karthik Subramanian",
            "given_name": "Karthik",
            "family_name": "Subramanian",
            "title": "Senior Consultant - Neurosurgery",
            "company": "Kaveri Multispeciality Hospital",
            "emails": ["karthik.s@kaverihospitals.in"],
            "phones": {"+914442008800": W},
            "websites": ["www.kaverihospitals.in"],
            "address": "No. 81, TTK Road, Alwarpet, Chennai - 600 018",
            "region": "IN",
        },
    ),
    (
        "b9-41-in-startup-gmail-linkedin",
        """ZESTBYTE
Software that ships.

Sai Teja Reddy
Co-Founder & COO

+91 90000 48812
saiteja.zestbyte@gmail.com
linkedin.com/in/saitejareddy
T-Hub, IIIT Campus, Gachibowli, Hyderabad 500032""",
        {
            "name": "Sai Teja Reddy",
            "title": "Co-Founder & COO",
            "company": "Zestbyte",
            "emails": ["saiteja.zestbyte@gmail.com"],
            "phones": {"+919000048812": M},
            "websites": ["linkedin.com/in/saitejareddy"],
            "address": "T-Hub, IIIT Campus, Gachibowli, Hyderabad 500032",
            "region": "IN",
        },
    ),
    (
        "b9-42-ph-bpo-hr-local",
        """Brightline Outsourcing Inc.

Maria Cristina Dela Cruz
Senior HR Business Partner

12F Ayala North Exchange, 6796 Ayala Avenue, Makati City 1229
(02) 8812 3456 loc. 2207
+63 917 812 4409
mcdelacruz@brightline.com.ph
www.brightline.com.ph""",
        {
            "name": "Maria Cristina Dela Cruz",
            "title": "Senior HR Business Partner",
            "company": "Brightline Outsourcing Inc.",
            "emails": ["mcdelacruz@brightline.com.ph"],
            "phones": {"+63288123456": W, "+639178124409": M},
            "websites": ["www.brightline.com.ph"],
            "address": "12F Ayala North Exchange, 6796 Ayala Avenue, Makati City 1229",
            "region": "PH",
        },
    ),
    (
        "b9-43-ph-law-office-atty",
        """SANTOS REYES & GATCHALIAN
LAW OFFICES

Atty. Jose Miguel R. Santos
Senior Partner

21st Floor, Tower One, Ayala Triangle, Ayala Avenue, Makati City
Tel: +63 2 8892 4410
Fax: +63 2 8892 4419
jmrsantos@srglaw.com.ph""",
        {
            "name": "Jose Miguel R. Santos",
            "title": "Senior Partner",
            "company": "Santos Reyes & Gatchalian",
            "emails": ["jmrsantos@srglaw.com.ph"],
            "phones": {"+63288924410": W, "+63288924419": F},
            "websites": [],
            "address": "21st Floor, Tower One, Ayala Triangle, Ayala Avenue, Makati City",
            "region": "PH",
        },
    ),
    (
        "b9-44-ph-resort-sales-free-mail",
        """Mactan Blue Resort
Lapu-Lapu City, Cebu

Kristine Joy Villanueva
Sales Executive

(032) 236 8812
0917 455 2031
kristine.mactanblue@yahoo.com
www.mactanblueresort.com""",
        {
            "name": "Kristine Joy Villanueva",
            "title": "Sales Executive",
            "company": "Mactan Blue Resort",
            "emails": ["kristine.mactanblue@yahoo.com"],
            "phones": {"+63322368812": W, "+639174552031": M},
            "websites": ["www.mactanblueresort.com"],
            "address": "Lapu-Lapu City, Cebu",
            "region": "PH",
        },
    ),
    (
        "b9-45-ph-university-professor",
        """PASIG VALLEY UNIVERSITY
College of Business Administration
Department of Marketing

Prof. Ramon C. Aquino, DBA
Associate Professor

Ortigas Avenue, Pasig City 1600, Philippines
(02) 8635 2210 local 314
rcaquino@pvu.edu.ph""",
        {
            "name": "Ramon C. Aquino",
            "given_name": "Ramon",
            "family_name": "Aquino",
            "title": "Associate Professor",
            "company": "Pasig Valley University",
            "emails": ["rcaquino@pvu.edu.ph"],
            "phones": {"+63286352210": W},
            "websites": [],
            "address": "Ortigas Avenue, Pasig City 1600, Philippines",
            "region": "PH",
        },
    ),
    (
        "b9-46-de-gmbh-dipl-ing",
        """KRAUSS

Dipl.-Ing. Markus Brandt
Head of Sales Asia Pacific

Krauss Antriebstechnik GmbH
Leopoldstraße 244, 80807 Munich, Germany
Phone +49 89 2180 4432
Mobile +49 171 334 8820
markus.brandt@krauss-antriebe.de
www.krauss-antriebe.de""",
        {
            "name": "Markus Brandt",
            "given_name": "Markus",
            "family_name": "Brandt",
            "title": "Head of Sales Asia Pacific",
            "company": "Krauss Antriebstechnik GmbH",
            "emails": ["markus.brandt@krauss-antriebe.de"],
            "phones": {"+498921804432": W, "+491713348820": M},
            "websites": ["www.krauss-antriebe.de"],
            "address": "Leopoldstraße 244, 80807 Munich, Germany",
            "region": "DE",
        },
    ),
    (
        "b9-47-de-berlin-startup-footer-line",
        """heyday

Lena Vogel
Product Lead

lena@heyday.health
+49 152 0944 7713
heyday.health
Heyday Health GmbH - Torstraße 109 - 10119 Berlin""",
        {
            "name": "Lena Vogel",
            "given_name": "Lena",
            "family_name": "Vogel",
            "title": "Product Lead",
            "company": "Heyday Health GmbH",
            "emails": ["lena@heyday.health"],
            "phones": {"+4915209447713": M},
            "websites": ["heyday.health"],
            "address": "Torstraße 109, 10119 Berlin",
            "region": "DE",
        },
    ),
    (
        "b9-48-nl-media-lockup-particle",
        """CANALSIDE
MEDIA

Joris van der Meulen
Managing Partner

Keizersgracht 452
1016 GD Amsterdam
The Netherlands
T +31 (0)20 794 2210
M +31 (0)6 2188 4107
joris@canalsidemedia.nl
canalsidemedia.nl""",
        {
            "name": "Joris van der Meulen",
            "given_name": "Joris",
            "family_name": "van der Meulen",
            "title": "Managing Partner",
            "company": "Canalside Media",
            "emails": ["joris@canalsidemedia.nl"],
            "phones": {"+31207942210": W, "+31621884107": M},
            "websites": ["canalsidemedia.nl"],
            "address": "Keizersgracht 452, 1016 GD Amsterdam, The Netherlands",
            "region": "NL",
        },
    ),
    (
        "b9-49-nl-logistics-bv-pipe-email",
        """Maaskant Logistics B.V.

Sanne de Graaf
Customs & Compliance Manager

Waalhaven Z.z. 40, 3089 JH Rotterdam
+31 10 429 6650
s.degraaf@maaskant-|ogistics.nl
www.maaskant-logistics.nl""",
        {
            "name": "Sanne de Graaf",
            "given_name": "Sanne",
            "family_name": "de Graaf",
            "title": "Customs & Compliance Manager",
            "company": "Maaskant Logistics B.V.",
            "emails": ["s.degraaf@maaskant-logistics.nl"],
            "phones": {"+31104296650": W},
            "websites": ["www.maaskant-logistics.nl"],
            "address": "Waalhaven Z.z. 40, 3089 JH Rotterdam",
            "region": "NL",
        },
    ),
    (
        "b9-50-se-energy-lockup-title-comma",
        """NORRSKEN
ENERGI

Erik Lindqvist
Senior Project Manager, Offshore Wind

Sveavägen 44, SE-111 34 Stockholm, Sweden
Tel +46 8 506 123 00
Mob +46 70 412 88 31
erik.lindqvist@norrskenenergi.se
norrskenenergi.se""",
        {
            "name": "Erik Lindqvist",
            "given_name": "Erik",
            "family_name": "Lindqvist",
            "title": "Senior Project Manager, Offshore Wind",
            "company": "Norrsken Energi",
            "emails": ["erik.lindqvist@norrskenenergi.se"],
            "phones": {"+46850612300": W, "+46704128831": M},
            "websites": ["norrskenenergi.se"],
            "address": "Sveavägen 44, SE-111 34 Stockholm, Sweden",
            "region": "SE",
        },
    ),
    (
        "b9-51-dk-design-aps-person-named",
        """Kasper Holm Design ApS

Mette Kjær
Studio Manager

Bredgade 34, 1260 København K, Denmark
+45 33 14 52 07
mette@kasperholm.dk
kasperholm.dk""",
        {
            "name": "Mette Kjær",
            "given_name": "Mette",
            "family_name": "Kjær",
            "title": "Studio Manager",
            "company": "Kasper Holm Design ApS",
            "emails": ["mette@kasperholm.dk"],
            "phones": {"+4533145207": W},
            "websites": ["kasperholm.dk"],
            "address": "Bredgade 34, 1260 København K, Denmark",
            "region": "DK",
        },
    ),
    (
        "b9-52-no-seafood-export",
        """~ HAVBRIS

Ingrid Solberg
Export Manager, Asia

Havbris Seafood AS
Strandkaien 8, 5013 Bergen, Norway
T +47 55 30 41 20
M +47 922 44 018
ingrid.solberg@havbris.no
www.havbris.no""",
        {
            "name": "Ingrid Solberg",
            "given_name": "Ingrid",
            "family_name": "Solberg",
            "title": "Export Manager, Asia",
            "company": "Havbris Seafood AS",
            "emails": ["ingrid.solberg@havbris.no"],
            "phones": {"+4755304120": W, "+4792244018": M},
            "websites": ["www.havbris.no"],
            "address": "Strandkaien 8, 5013 Bergen, Norway",
            "region": "NO",
        },
    ),
    (
        "b9-53-fi-software-oy",
        """KIVI SOFTWARE

Mikko Virtanen
Chief Technology Officer

Kivi Software Oy
Mannerheimintie 12 B, 00100 Helsinki, Finland
Tel. +358 9 4257 3310
Mob. +358 40 772 1934
mikko.virtanen@kivisoftware.fi
kivisoftware.fi""",
        {
            "name": "Mikko Virtanen",
            "given_name": "Mikko",
            "family_name": "Virtanen",
            "title": "Chief Technology Officer",
            "company": "Kivi Software Oy",
            "emails": ["mikko.virtanen@kivisoftware.fi"],
            "phones": {"+358942573310": W, "+358407721934": M},
            "websites": ["kivisoftware.fi"],
            "address": "Mannerheimintie 12 B, 00100 Helsinki, Finland",
            "region": "FI",
        },
    ),
    (
        "b9-54-ae-digital-fz-llc",
        """SANDSTORM DIGITAL

Omar Al Hashimi
Head of Partnerships, MENA

Sandstorm Digital FZ-LLC
Office 1402, Building 4, Dubai Internet City, Dubai, UAE
T +971 4 427 8810
M +971 50 381 2264
omar@sandstormdigital.ae
sandstormdigital.ae""",
        {
            "name": "Omar Al Hashimi",
            "given_name": "Omar",
            "family_name": "Al Hashimi",
            "title": "Head of Partnerships, MENA",
            "company": "Sandstorm Digital FZ-LLC",
            "emails": ["omar@sandstormdigital.ae"],
            "phones": {"+97144278810": W, "+971503812264": M},
            "websites": ["sandstormdigital.ae"],
            "address": "Office 1402, Building 4, Dubai Internet City, Dubai, UAE",
            "region": "AE",
        },
    ),
    (
        "b9-55-ae-contracting-eng-division",
        """Eng. Khalid Al Mansoori
Senior Project Engineer
Infrastructure Projects Division

Al Dhafra Contracting L.L.C.
P.O. Box 46210, Abu Dhabi, United Arab Emirates
Tel: +971 2 644 7100
Mob: +971 55 902 3318
khalid.mansoori@aldhafra-contracting.ae""",
        {
            "name": "Khalid Al Mansoori",
            "given_name": "Khalid",
            "family_name": "Al Mansoori",
            "title": "Senior Project Engineer",
            "company": "Al Dhafra Contracting L.L.C.",
            "emails": ["khalid.mansoori@aldhafra-contracting.ae"],
            "phones": {"+97126447100": W, "+971559023318": M},
            "websites": [],
            "address": "P.O. Box 46210, Abu Dhabi, United Arab Emirates",
            "region": "AE",
        },
    ),
    (
        "b9-56-ae-property-rera-line",
        """Palm & Marina
PROPERTIES

Natasha Petrova
Senior Property Consultant
RERA BRN: 48213

Office 708, Marina Plaza, Dubai Marina, Dubai
O +971 4 551 2230
M +971 56 718 4492
natasha@palmandmarina.ae
www.palmandmarina.ae""",
        {
            "name": "Natasha Petrova",
            "given_name": "Natasha",
            "family_name": "Petrova",
            "title": "Senior Property Consultant",
            "company": "Palm & Marina Properties",
            "emails": ["natasha@palmandmarina.ae"],
            "phones": {"+97145512230": W, "+971567184492": M},
            "websites": ["www.palmandmarina.ae"],
            "address": "Office 708, Marina Plaza, Dubai Marina, Dubai",
            "region": "AE",
        },
    ),
    (
        "b9-57-za-attorneys-person-like",
        """Mabena Naidoo Inc.
Attorneys, Notaries & Conveyancers

Thandiwe Mabena
Director
BA LLB (Wits)

3rd Floor, 140 West Street, Sandton, Johannesburg, 2196
T +27 11 884 2200
C +27 82 456 7891
thandiwe@mabenanaidoo.co.za
www.mabenanaidoo.co.za""",
        {
            "name": "Thandiwe Mabena",
            "given_name": "Thandiwe",
            "family_name": "Mabena",
            "title": "Director",
            "company": "Mabena Naidoo Inc.",
            "emails": ["thandiwe@mabenanaidoo.co.za"],
            "phones": {"+27118842200": W, "+27824567891": M},
            "websites": ["www.mabenanaidoo.co.za"],
            "address": "3rd Floor, 140 West Street, Sandton, Johannesburg, 2196",
            "region": "ZA",
        },
    ),
    (
        "b9-58-za-engineering-pty-lockup",
        """TABLE BAY
ENGINEERING

Pieter van Zyl Pr.Eng
Principal Structural Engineer

Table Bay Engineering (Pty) Ltd
2nd Floor, The Boulevard, 21 Dock Road, V&A Waterfront, Cape Town, 8001
Tel: 021 418 2260
Cell: 083 512 7740
pieter@tablebayeng.co.za""",
        {
            "name": "Pieter van Zyl",
            "given_name": "Pieter",
            "family_name": "van Zyl",
            "title": "Principal Structural Engineer",
            "company": "Table Bay Engineering (Pty) Ltd",
            "emails": ["pieter@tablebayeng.co.za"],
            "phones": {"+27214182260": W, "+27835127740": M},
            "websites": [],
            "address": "2nd Floor, The Boulevard, 21 Dock Road, V&A Waterfront, Cape Town, 8001",
            "region": "ZA",
        },
    ),
    (
        "b9-59-za-spice-shop-no-person",
        """THE CURRY LEAF
Spice Co.
Authentic Durban masalas since 1986

Shop 12, Victoria Street Market, Durban 4001
031 306 4472
orders@curryleafspice.co.za
www.curryleafspice.co.za""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "The Curry Leaf Spice Co.",
            "emails": ["orders@curryleafspice.co.za"],
            "phones": {"+27313064472": W},
            "websites": ["www.curryleafspice.co.za"],
            "address": "Shop 12, Victoria Street Market, Durban 4001",
            "region": "ZA",
        },
    ),
    (
        "b9-60-za-audit-manager-ca-sa",
        """@ KHUMALO GRANT
Chartered Accountants (SA)

Lerato Dlamini CA(SA)
Audit Manager

Khumalo Grant Inc.
Hatfield Gardens, 333 Grosvenor Street, Hatfield, Pretoria, 0083
Tel: +27 12 342 6610
Cell: +27 72 219 4408
lerato.dlamini@khumalogrant. co.za""",
        {
            "name": "Lerato Dlamini",
            "given_name": "Lerato",
            "family_name": "Dlamini",
            "title": "Audit Manager",
            "company": "Khumalo Grant Inc.",
            "emails": ["lerato.dlamini@khumalogrant.co.za"],
            "phones": {"+27123426610": W, "+27722194408": M},
            "websites": [],
            "address": "Hatfield Gardens, 333 Grosvenor Street, Hatfield, Pretoria, 0083",
            "region": "ZA",
        },
    ),
]

ALL: list[Case] = JP + INTL
