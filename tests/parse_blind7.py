"""A seventh blind hold-out: Japanese business cards as Tesseract's English model reads phone photos of them.

Written by hand by a helper that read neither the parser (ocr/) nor the earlier tables (only the header of
tests/parse_blind5.py, for the data format and conventions, and the public contract in CONTRACT.md). Each text
imitates what `tesseract -l eng` returns for a phone photo of a real-looking Japanese card, bilingual or
Japanese-only with a romanised name:
- kanji and kana come out as junk lines (`BRAM AAS`, `i ai`, `AUYDz`, `RMSHPAR AA`, `=H BE`, short garbage,
  sometimes a line where junk and Latin run together);
- the postal mark 〒 is read as `T`, `F` or `=` (`T107-0052`); addresses are in romaji or only junk;
- names in romaji as `Taro Yamada`, `YAMADA Taro`, `Yamada Taro`, `TARO YAMADA`, with doubled spaces
  sometimes, a few Western names of foreign staff, and a few cards whose name is printed only in kanji;
- titles in English or none; companies as `... Co., Ltd.`, `... Kaisha, Ltd.`, `K.K.`, `Inc.`, `Corporation`,
  or only in junk;
- emails sometimes with OCR slips (`©` or `(@` for `@`, a space around `@`, `co,jp`); websites bare,
  with `www.` or `http://`;
- phones as printed on Japanese cards: `TEL. 03-5545-3801 FAX. 03-5545-3802` on one line, `Tel: +81-3-...`,
  `Mobile 090-...`, `M. 080-...`, `Direct 06-...`, `T 052-...`, `81-52-204-2601` (country code without +),
  IP phones 050 and toll-free 0120 / 0800 numbers;
- layouts: logo or company on top, name in the middle, contact block at the bottom; English side then the junk
  of the Japanese side; two columns run together on one line (`Taro Yamada    TEL 03-...`).
Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164 to
kind (every one checked valid with phonenumbers 9.0.43); `websites` are listed as printed without a trailing
slash (the test turns them into the API's `https://host[/path]`); `region` is "JP" when a number is printed
without a leading + (left out when every number has one).

Conventions (as in tests/parse_blind5.py):
- `name` as printed; ALL-CAPS names are title-cased; `YAMADA Taro` -> name "Yamada Taro", given "Taro",
  family "Yamada" (the word in capitals is the family name); otherwise the family name is the Japanese
  surname whichever order it is printed in (`Yamada Taro` -> family "Yamada"); a name printed only in kanji
  expects name, given and family null.
- an expected email is the address the card means, OCR slips repaired (`yamada©x.co.jp` -> `yamada@x.co.jp`).
- `company` null when the company is printed only in kanji (junk); `title` null when no English title.
- `address` holds the romaji address lines (the misread 〒 dropped, the postcode kept), compared loosely;
  null when the address is only junk.
- phone kinds: TEL/Tel/T/Direct/Office/Free Dial/unlabelled landline, IP phone (050) and toll-free ->
  work; Mobile/M/Cell/Keitai/unlabelled 070/080/090 -> mobile; FAX/F -> fax.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = []

OTHER: list[Case] = []

W, M, F = "work", "mobile", "fax"

JP: list[Case] = [
    (
        "b7-01-asahi-sangyo",
        """BRAM AAS
Asahi Sangyo Kaisha, Ltd.
RMSHPAR AA
i ai
General Manager, Sales Dept.
Taro Yamada
2-9-11 Akasaka, Minato-ku, Tokyo 107-0052, Japan
TEL. 03-5545-3801 FAX. 03-5545-3802
E-mail: t.yamada@asahi-sangyo.co.jp
http://www.asahi-sangyo.co.jp""",
        {
            "name": "Taro Yamada",
            "given_name": "Taro",
            "family_name": "Yamada",
            "title": "General Manager, Sales Dept.",
            "company": "Asahi Sangyo Kaisha, Ltd.",
            "emails": ["t.yamada@asahi-sangyo.co.jp"],
            "phones": {"+81355453801": W, "+81355453802": F},
            "websites": ["www.asahi-sangyo.co.jp"],
            "address": "2-9-11 Akasaka, Minato-ku, Tokyo 107-0052, Japan",
            "region": "JP",
        },
    ),
    (
        "b7-02-caps-family-nagoya",
        """=H BE
KOBAYASHI Naoki
Senior Engineer
Nakamura Precision Co., Ltd.
T460-0008 3-15-33 Sakae, Naka-ku, Nagoya, Aichi
T 052-204-2601  F 052-204-2602
M 090-3456-7812
kobayashi@nakamura-seimitsu.co.jp""",
        {
            "name": "Kobayashi Naoki",
            "given_name": "Naoki",
            "family_name": "Kobayashi",
            "title": "Senior Engineer",
            "company": "Nakamura Precision Co., Ltd.",
            "emails": ["kobayashi@nakamura-seimitsu.co.jp"],
            "phones": {"+81522042601": W, "+81522042602": F, "+819034567812": M},
            "websites": [],
            "address": "460-0008 3-15-33 Sakae, Naka-ku, Nagoya, Aichi",
            "region": "JP",
        },
    ),
    (
        "b7-03-jp-only-junk-company",
        """AUYDz
PRE eR
WH KR
Hiroshi Tanaka
F150-0002 HRHR 2-21-1
TEL 03-6418-2250
Mobile 080-4412-9031
h-tanaka@shibuya-design.jp""",
        {
            "name": "Hiroshi Tanaka",
            "given_name": "Hiroshi",
            "family_name": "Tanaka",
            "title": None,
            "company": None,
            "emails": ["h-tanaka@shibuya-design.jp"],
            "phones": {"+81364182250": W, "+818044129031": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-04-international-format",
        """Mitsuwa Trading Co., Ltd.
Overseas Business Division
Manager
Kenji Sato
1-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel: +81-3-3211-4470
Fax: +81-3-3211-4471
Mobile: +81-90-2231-8876
kenji.sato@mitsuwa-trading.com
www.mitsuwa-trading.com
=ZHHRaA
Ba Bw
AR BA""",
        {
            "name": "Kenji Sato",
            "given_name": "Kenji",
            "family_name": "Sato",
            "title": "Manager",
            "company": "Mitsuwa Trading Co., Ltd.",
            "emails": ["kenji.sato@mitsuwa-trading.com"],
            "phones": {"+81332114470": W, "+81332114471": F, "+819022318876": M},
            "websites": ["www.mitsuwa-trading.com"],
            "address": "1-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
        },
    ),
    (
        "b7-05-kanji-name-only",
        """HAE BAR
Representative Director
i ai
(HAAR) RRR
T530-0001 Fn Ries 1-3-1
TEL. 06-6345-1120 FAX. 06-6345-1121
info@kansai-kogyo.co.jp
www.kansai-kogyo.co.jp""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": "Representative Director",
            "company": None,
            "emails": ["info@kansai-kogyo.co.jp"],
            "phones": {"+81663451120": W, "+81663451121": F},
            "websites": ["www.kansai-kogyo.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-06-allcaps-name",
        """Hokuto Systems Inc.
RAR ALR
TAKESHI WATANABE
Chief Technology Officer
2-2-1 Kita 7-jo Nishi, Kita-ku, Sapporo 060-0807
Tel 011-708-3390
Mobile 070-5521-0876
watanabe@hokuto-sys.co.jp
https://hokuto-sys.co.jp""",
        {
            "name": "Takeshi Watanabe",
            "given_name": "Takeshi",
            "family_name": "Watanabe",
            "title": "Chief Technology Officer",
            "company": "Hokuto Systems Inc.",
            "emails": ["watanabe@hokuto-sys.co.jp"],
            "phones": {"+81117083390": W, "+817055210876": M},
            "websites": ["hokuto-sys.co.jp"],
            "address": "2-2-1 Kita 7-jo Nishi, Kita-ku, Sapporo 060-0807",
            "region": "JP",
        },
    ),
    (
        "b7-07-copyright-at",
        """| ~
Sakura Logistics K.K.
Team Leader, Logistics Planning
Yuki Matsumoto
TEL 045-671-2208
FAX 045-671-2209
yuki.matsumoto©sakura-logi.co.jp
T231-0023 1-1 Yamashita-cho, Naka-ku, Yokohama""",
        {
            "name": "Yuki Matsumoto",
            "given_name": "Yuki",
            "family_name": "Matsumoto",
            "title": "Team Leader, Logistics Planning",
            "company": "Sakura Logistics K.K.",
            "emails": ["yuki.matsumoto@sakura-logi.co.jp"],
            "phones": {"+81456712208": W, "+81456712209": F},
            "websites": [],
            "address": "231-0023 1-1 Yamashita-cho, Naka-ku, Yokohama",
            "region": "JP",
        },
    ),
    (
        "b7-08-two-columns",
        """Daiwa Foods Co., Ltd.
Ai Suzuki          TEL 092-481-7702
Marketing Manager  FAX 092-481-7703
a-suzuki@daiwa-foods.co.jp
T812-0011 2-4-1 Hakata-eki-mae, Hakata-ku, Fukuoka
HAWAZ RLSH
BF ER""",
        {
            "name": "Ai Suzuki",
            "given_name": "Ai",
            "family_name": "Suzuki",
            "title": "Marketing Manager",
            "company": "Daiwa Foods Co., Ltd.",
            "emails": ["a-suzuki@daiwa-foods.co.jp"],
            "phones": {"+81924817702": W, "+81924817703": F},
            "websites": [],
            "address": "812-0011 2-4-1 Hakata-eki-mae, Hakata-ku, Fukuoka",
            "region": "JP",
        },
    ),
    (
        "b7-09-family-first-no-caps",
        """Yamamoto Kazuhiro
Director
Kyoto Ceramics Works Co., Ltd.
KAAR BEAR
T604-8101 Karasuma-dori Oike-agaru, Nakagyo-ku, Kyoto
Tel 075-211-4435
Fax 075-211-4436
k.yamamoto@kyoto-ceramics.jp""",
        {
            "name": "Yamamoto Kazuhiro",
            "given_name": "Kazuhiro",
            "family_name": "Yamamoto",
            "title": "Director",
            "company": "Kyoto Ceramics Works Co., Ltd.",
            "emails": ["k.yamamoto@kyoto-ceramics.jp"],
            "phones": {"+81752114435": W, "+81752114436": F},
            "websites": [],
            "address": "604-8101 Karasuma-dori Oike-agaru, Nakagyo-ku, Kyoto",
            "region": "JP",
        },
    ),
    (
        "b7-10-western-staff",
        """Nippon Cloudworks K.K.
Michael Anderson
Solutions Architect
Shibuya Scramble Square 39F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139
Direct 03-4578-2215
Mobile 080-3312-4467
m.anderson@cloudworks.jp
www.cloudworks.jp
ARAN EY FRR""",
        {
            "name": "Michael Anderson",
            "given_name": "Michael",
            "family_name": "Anderson",
            "title": "Solutions Architect",
            "company": "Nippon Cloudworks K.K.",
            "emails": ["m.anderson@cloudworks.jp"],
            "phones": {"+81345782215": W, "+818033124467": M},
            "websites": ["www.cloudworks.jp"],
            "address": "Shibuya Scramble Square 39F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139",
            "region": "JP",
        },
    ),
    (
        "b7-11-country-code-no-plus",
        """Chubu Electric Parts Co., Ltd.
Export Sales Section
Masato Ito
Assistant Manager
81-52-204-2601
81-90-7781-2234
ito.masato@chubu-ep.co.jp""",
        {
            "name": "Masato Ito",
            "given_name": "Masato",
            "family_name": "Ito",
            "title": "Assistant Manager",
            "company": "Chubu Electric Parts Co., Ltd.",
            "emails": ["ito.masato@chubu-ep.co.jp"],
            "phones": {"+81522042601": W, "+819077812234": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-12-ip-phone-freelance",
        """i
Emi Nakamura
Illustrator / Designer
IP 050-3188-4402
Mobile 090-6612-3345
emi.nakamura@gmail.com
www.emi-nakamura.jp
Ba Ae""",
        {
            "name": "Emi Nakamura",
            "given_name": "Emi",
            "family_name": "Nakamura",
            "title": "Illustrator / Designer",
            "company": None,
            "emails": ["emi.nakamura@gmail.com"],
            "phones": {"+815031884402": W, "+819066123345": M},
            "websites": ["www.emi-nakamura.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-13-toll-free",
        """Green Home Corporation
Customer Support Manager
Satoshi Kato
Free Dial 0120-345-678
TEL 03-5820-1234  FAX 03-5820-1235
s.kato@greenhome.co.jp
https://www.greenhome.co.jp
AWE MRS
i il""",
        {
            "name": "Satoshi Kato",
            "given_name": "Satoshi",
            "family_name": "Kato",
            "title": "Customer Support Manager",
            "company": "Green Home Corporation",
            "emails": ["s.kato@greenhome.co.jp"],
            "phones": {"+81120345678": W, "+81358201234": W, "+81358201235": F},
            "websites": ["www.greenhome.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-14-space-around-at",
        """Fujimi Pharmaceutical Co., Ltd.
Research & Development Center
Senior Researcher
Ryo Hayashi, Ph.D.
TEL: 029-861-3320
E-mail: r.hayashi @fujimi-pharma.co.jp
T305-0047 2-1 Sengen, Tsukuba, Ibaraki""",
        {
            "name": "Ryo Hayashi",
            "given_name": "Ryo",
            "family_name": "Hayashi",
            "title": "Senior Researcher",
            "company": "Fujimi Pharmaceutical Co., Ltd.",
            "emails": ["r.hayashi@fujimi-pharma.co.jp"],
            "phones": {"+81298613320": W},
            "websites": [],
            "address": "305-0047 2-1 Sengen, Tsukuba, Ibaraki",
            "region": "JP",
        },
    ),
    (
        "b7-15-double-space-name",
        """RMSHPAR AA
Naomasa  Murota
Section Chief
Murota Kensetsu Co., Ltd.
T980-0811 1-2-3 Ichibancho, Aoba-ku, Sendai, Miyagi
TEL. 022-262-5511 FAX. 022-262-5512
M. 080-2276-9014
murota@murota-kensetsu.co.jp""",
        {
            "name": "Naomasa Murota",
            "given_name": "Naomasa",
            "family_name": "Murota",
            "title": "Section Chief",
            "company": "Murota Kensetsu Co., Ltd.",
            "emails": ["murota@murota-kensetsu.co.jp"],
            "phones": {"+81222625511": W, "+81222625512": F, "+818022769014": M},
            "websites": [],
            "address": "980-0811 1-2-3 Ichibancho, Aoba-ku, Sendai, Miyagi",
            "region": "JP",
        },
    ),
    (
        "b7-16-comma-jp",
        """Tokai Bank Systems Co., Ltd.
Project Manager
Yusuke Kimura
Tel. 052-951-6620
yusuke.kimura@tokai-bs.co,jp
AHR BE
2H E""",
        {
            "name": "Yusuke Kimura",
            "given_name": "Yusuke",
            "family_name": "Kimura",
            "title": "Project Manager",
            "company": "Tokai Bank Systems Co., Ltd.",
            "emails": ["yusuke.kimura@tokai-bs.co.jp"],
            "phones": {"+81529516620": W},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-17-company-bottom",
        """Shota Inoue
Sales Representative
Mobile 090-8834-1276
TEL 06-6203-4410 FAX 06-6203-4411
shota.inoue@naniwa-shoji.co.jp
4-1-1 Kitahama, Chuo-ku, Osaka 541-0041
Naniwa Shoji Co., Ltd.
VRE
BREA""",
        {
            "name": "Shota Inoue",
            "given_name": "Shota",
            "family_name": "Inoue",
            "title": "Sales Representative",
            "company": "Naniwa Shoji Co., Ltd.",
            "emails": ["shota.inoue@naniwa-shoji.co.jp"],
            "phones": {"+819088341276": M, "+81662034410": W, "+81662034411": F},
            "websites": [],
            "address": "4-1-1 Kitahama, Chuo-ku, Osaka 541-0041",
            "region": "JP",
        },
    ),
    (
        "b7-18-mixed-junk-line",
        """Bi Ae AH | Hirose Electric Industry Co., Ltd.
ERAEA
Chief Engineer
HIROSE Takumi
TEL 0467-45-2210
FAX 0467-45-2211
t-hirose@hirose-ei.co.jp""",
        {
            "name": "Hirose Takumi",
            "given_name": "Takumi",
            "family_name": "Hirose",
            "title": "Chief Engineer",
            "company": "Hirose Electric Industry Co., Ltd.",
            "emails": ["t-hirose@hirose-ei.co.jp"],
            "phones": {"+81467452210": W, "+81467452211": F},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-19-kanji-name-english-company",
        """Setouchi Marine K.K.
ey Bt
ALS
Managing Director
TEL 082-541-2280
FAX 082-541-2281
contact@setouchi-marine.jp
www.setouchi-marine.jp""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": "Managing Director",
            "company": "Setouchi Marine K.K.",
            "emails": ["contact@setouchi-marine.jp"],
            "phones": {"+81825412280": W, "+81825412281": F},
            "websites": ["www.setouchi-marine.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-20-president-ceo",
        """SORA TECHNOLOGIES
Sora Technologies Inc.
President & CEO
Daisuke Morita
5-3-1 Kojimachi, Chiyoda-ku, Tokyo 102-0083
T: +81 3 6272 9910
M: +81 80 4455 1029
daisuke@soratech.io
soratech.io""",
        {
            "name": "Daisuke Morita",
            "given_name": "Daisuke",
            "family_name": "Morita",
            "title": "President & CEO",
            "company": "Sora Technologies Inc.",
            "emails": ["daisuke@soratech.io"],
            "phones": {"+81362729910": W, "+818044551029": M},
            "websites": ["soratech.io"],
            "address": "5-3-1 Kojimachi, Chiyoda-ku, Tokyo 102-0083",
        },
    ),
    (
        "b7-21-equals-postal",
        """WAR
Kitamura Printing Co., Ltd.
Naoko Kitamura
Planning Department
=113-0033 3-1-1 Hongo, Bunkyo-ku, Tokyo
TEL 03-3812-4451
FAX 03-3812-4452
n-kitamura@kitamura-print.co.jp""",
        {
            "name": "Naoko Kitamura",
            "given_name": "Naoko",
            "family_name": "Kitamura",
            "title": None,
            "company": "Kitamura Printing Co., Ltd.",
            "emails": ["n-kitamura@kitamura-print.co.jp"],
            "phones": {"+81338124451": W, "+81338124452": F},
            "websites": [],
            "address": "113-0033 3-1-1 Hongo, Bunkyo-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b7-22-no-title-jp-only",
        """a
ABS
Rie Takahashi
MBAR EB
T650-0021 FRR 3-6-5
TEL 078-332-1145
rie.takahashi@kobe-design.net""",
        {
            "name": "Rie Takahashi",
            "given_name": "Rie",
            "family_name": "Takahashi",
            "title": None,
            "company": None,
            "emails": ["rie.takahashi@kobe-design.net"],
            "phones": {"+81783321145": W},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-23-university",
        """Graduate School of Engineering
Osaka Metropolitan University
Associate Professor
Takashi Ogawa, Ph.D.
1-1 Gakuen-cho, Naka-ku, Sakai, Osaka 599-8531
Tel/Fax: 072-254-9321
ogawa@omu.ac.jp
RR AY ABE""",
        {
            "name": "Takashi Ogawa",
            "given_name": "Takashi",
            "family_name": "Ogawa",
            "title": "Associate Professor",
            "company": "Osaka Metropolitan University",
            "emails": ["ogawa@omu.ac.jp"],
            "phones": {"+81722549321": W},
            "websites": [],
            "address": "1-1 Gakuen-cho, Naka-ku, Sakai, Osaka 599-8531",
            "region": "JP",
        },
    ),
    (
        "b7-24-caps-family-second",
        """Tomoko YOSHIDA
Human Resources Manager
Yoshida Holdings Co., Ltd.
Tel: 03-3265-7781
Mobile: 070-1123-9984
tomoko.yoshida@yoshida-hd.co.jp
http://www.yoshida-hd.co.jp/""",
        {
            "name": "Tomoko Yoshida",
            "given_name": "Tomoko",
            "family_name": "Yoshida",
            "title": "Human Resources Manager",
            "company": "Yoshida Holdings Co., Ltd.",
            "emails": ["tomoko.yoshida@yoshida-hd.co.jp"],
            "phones": {"+81332657781": W, "+817011239984": M},
            "websites": ["www.yoshida-hd.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-25-junk-heavy",
        """iy Ba A i
EAE ARG
MHDa7 ft
SPR #4
Kazuya Shimizu
=H BE
T160-0022 Fai 1-2-3
Tel 03-3354-6672
Mobile 090-2291-6634
k.shimizu@shinjuku-office.jp""",
        {
            "name": "Kazuya Shimizu",
            "given_name": "Kazuya",
            "family_name": "Shimizu",
            "title": None,
            "company": None,
            "emails": ["k.shimizu@shinjuku-office.jp"],
            "phones": {"+81333546672": W, "+819022916634": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-26-kaisha-ltd-caps",
        """MARUBENI SEIKO KAISHA, LTD.
Deputy General Manager
Hideki Okada
TEL. 03-3282-2111 FAX. 03-3282-2112
Mobile 080-1198-2263
okada-h@marubeni-seiko.co.jp
2-7-1 Otemachi, Chiyoda-ku, Tokyo 100-0004""",
        {
            "name": "Hideki Okada",
            "given_name": "Hideki",
            "family_name": "Okada",
            "title": "Deputy General Manager",
            "company": "Marubeni Seiko Kaisha, Ltd.",
            "emails": ["okada-h@marubeni-seiko.co.jp"],
            "phones": {"+81332822111": W, "+81332822112": F, "+818011982263": M},
            "websites": [],
            "address": "2-7-1 Otemachi, Chiyoda-ku, Tokyo 100-0004",
            "region": "JP",
        },
    ),
    (
        "b7-27-name-with-phone-column",
        """Hikari Denki K.K.
Ken Mori       TEL 03-5423-8812
Engineer       Mobile 090-5510-7723
ken.mori@hikari-denki.co.jp
i ai""",
        {
            "name": "Ken Mori",
            "given_name": "Ken",
            "family_name": "Mori",
            "title": "Engineer",
            "company": "Hikari Denki K.K.",
            "emails": ["ken.mori@hikari-denki.co.jp"],
            "phones": {"+81354238812": W, "+819055107723": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-28-western-manager",
        """Sarah Mitchell
Country Manager, Japan
Northwind Analytics K.K.
Ark Hills South Tower 16F, 1-4-5 Roppongi, Minato-ku, Tokyo 106-0032
Office +81 3 4520 1180
Mobile +81 70 3390 1871
sarah.mitchell@northwind-analytics.com
northwind-analytics.com
ir7 AAAA""",
        {
            "name": "Sarah Mitchell",
            "given_name": "Sarah",
            "family_name": "Mitchell",
            "title": "Country Manager, Japan",
            "company": "Northwind Analytics K.K.",
            "emails": ["sarah.mitchell@northwind-analytics.com"],
            "phones": {"+81345201180": W, "+817033901871": M},
            "websites": ["northwind-analytics.com"],
            "address": "Ark Hills South Tower 16F, 1-4-5 Roppongi, Minato-ku, Tokyo 106-0032",
        },
    ),
    (
        "b7-29-unlabelled-numbers",
        """Hoshino Ryokan Co., Ltd.
Reservations
Mai Hoshino
0267-45-6000
090-4021-7785
mai@hoshino-ryokan.jp
www.hoshino-ryokan.jp
ABE ARM""",
        {
            "name": "Mai Hoshino",
            "given_name": "Mai",
            "family_name": "Hoshino",
            "title": None,
            "company": "Hoshino Ryokan Co., Ltd.",
            "emails": ["mai@hoshino-ryokan.jp"],
            "phones": {"+81267456000": W, "+819040217785": M},
            "websites": ["www.hoshino-ryokan.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-30-paren-at",
        """Kansai Paint Service Co., Ltd.
Junichi Fujita
Field Service Supervisor
TEL 06-6942-3350
FAX 06-6942-3351
j.fujita(@kps.co.jp
T540-0001 1-3-7 Shiromi, Chuo-ku, Osaka""",
        {
            "name": "Junichi Fujita",
            "given_name": "Junichi",
            "family_name": "Fujita",
            "title": "Field Service Supervisor",
            "company": "Kansai Paint Service Co., Ltd.",
            "emails": ["j.fujita@kps.co.jp"],
            "phones": {"+81669423350": W, "+81669423351": F},
            "websites": [],
            "address": "540-0001 1-3-7 Shiromi, Chuo-ku, Osaka",
            "region": "JP",
        },
    ),
    (
        "b7-31-caps-name-caps-family-first",
        """YAMAGUCHI HARUKA
Account Executive
Dentsu Creative Partners Inc.
Direct 03-6216-4410
Mobile 080-6652-0198
haruka.yamaguchi@dcp.co.jp
BAR Ay""",
        {
            "name": "Yamaguchi Haruka",
            "given_name": "Haruka",
            "family_name": "Yamaguchi",
            "title": "Account Executive",
            "company": "Dentsu Creative Partners Inc.",
            "emails": ["haruka.yamaguchi@dcp.co.jp"],
            "phones": {"+81362164410": W, "+818066520198": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-32-address-top",
        """T220-8120 2-2-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa
Landmark Medical Co., Ltd.
ERR
Clinical Engineer
Shinji Aoki
TEL 045-224-7730 FAX 045-224-7731
s-aoki@landmark-medical.co.jp""",
        {
            "name": "Shinji Aoki",
            "given_name": "Shinji",
            "family_name": "Aoki",
            "title": "Clinical Engineer",
            "company": "Landmark Medical Co., Ltd.",
            "emails": ["s-aoki@landmark-medical.co.jp"],
            "phones": {"+81452247730": W, "+81452247731": F},
            "websites": [],
            "address": "220-8120 2-2-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa",
            "region": "JP",
        },
    ),
    (
        "b7-33-kk-before-name",
        """K.K. Tsubasa Consulting
Akira Nishimura
Senior Consultant
T: 03-6826-1132
M: 090-7733-2816
nishimura@tsubasa-consulting.jp
tsubasa-consulting.jp""",
        {
            "name": "Akira Nishimura",
            "given_name": "Akira",
            "family_name": "Nishimura",
            "title": "Senior Consultant",
            "company": "K.K. Tsubasa Consulting",
            "emails": ["nishimura@tsubasa-consulting.jp"],
            "phones": {"+81368261132": W, "+819077332816": M},
            "websites": ["tsubasa-consulting.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-34-junk-then-english",
        """LRM BF
HIRE WAR
T600-8216 ATH Hitt 123
TEL 075-365-1101
Kyoto Station Hotel Co., Ltd.
Front Office Manager
Yui Ishikawa
yui.ishikawa@kyoto-station-hotel.jp""",
        {
            "name": "Yui Ishikawa",
            "given_name": "Yui",
            "family_name": "Ishikawa",
            "title": "Front Office Manager",
            "company": "Kyoto Station Hotel Co., Ltd.",
            "emails": ["yui.ishikawa@kyoto-station-hotel.jp"],
            "phones": {"+81753651101": W},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-35-ne-jp-email",
        """Goro Yamashita
Tax Accountant
Yamashita Tax Accounting Office
F370-0841 1-5-2 Sakae-cho, Takasaki, Gunma
TEL 027-325-4412
FAX 027-325-4413
goro-y@mx1.gunma.ne.jp""",
        {
            "name": "Goro Yamashita",
            "given_name": "Goro",
            "family_name": "Yamashita",
            "title": "Tax Accountant",
            "company": "Yamashita Tax Accounting Office",
            "emails": ["goro-y@mx1.gunma.ne.jp"],
            "phones": {"+81273254412": W, "+81273254413": F},
            "websites": [],
            "address": "370-0841 1-5-2 Sakae-cho, Takasaki, Gunma",
            "region": "JP",
        },
    ),
    (
        "b7-36-mobile-only",
        """Kaito Fukuda
Photographer
Mobile 080-9912-3345
kaito.fukuda.photo@gmail.com
instagram.com/kaitofukuda
PRR eR""",
        {
            "name": "Kaito Fukuda",
            "given_name": "Kaito",
            "family_name": "Fukuda",
            "title": "Photographer",
            "company": None,
            "emails": ["kaito.fukuda.photo@gmail.com"],
            "phones": {"+818099123345": M},
            "websites": ["instagram.com/kaitofukuda"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-37-corporation",
        """TOYOHASHI MACHINERY
Toyohashi Machinery Corporation
Quality Assurance Dept.
Manager
Koji Hasegawa
TEL 0532-54-1120 FAX 0532-54-1121
koji.hasegawa@toyohashi-mc.co.jp
www.toyohashi-mc.co.jp
T440-0888 1-50 Ekimae-odori, Toyohashi, Aichi""",
        {
            "name": "Koji Hasegawa",
            "given_name": "Koji",
            "family_name": "Hasegawa",
            "title": "Manager",
            "company": "Toyohashi Machinery Corporation",
            "emails": ["koji.hasegawa@toyohashi-mc.co.jp"],
            "phones": {"+81532541120": W, "+81532541121": F},
            "websites": ["www.toyohashi-mc.co.jp"],
            "address": "440-0888 1-50 Ekimae-odori, Toyohashi, Aichi",
            "region": "JP",
        },
    ),
    (
        "b7-38-given-initial-caps-family",
        """Seiichi  SAKAMOTO
Executive Officer
Sakamoto Steel Works, Ltd.
Tel. 06-6441-2233  Fax. 06-6441-2234
sakamoto@sakamoto-steel.co.jp
i ii
ANE Be""",
        {
            "name": "Seiichi Sakamoto",
            "given_name": "Seiichi",
            "family_name": "Sakamoto",
            "title": "Executive Officer",
            "company": "Sakamoto Steel Works, Ltd.",
            "emails": ["sakamoto@sakamoto-steel.co.jp"],
            "phones": {"+81664412233": W, "+81664412234": F},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-39-okinawa",
        """Ryukyu Travel Service Co., Ltd.
Tour Coordinator
Nanami Higa
T900-0015 1-2-20 Kumoji, Naha, Okinawa
TEL 098-861-3300
FAX 098-861-3301
n.higa@ryukyu-travel.co.jp
www.ryukyu-travel.co.jp""",
        {
            "name": "Nanami Higa",
            "given_name": "Nanami",
            "family_name": "Higa",
            "title": "Tour Coordinator",
            "company": "Ryukyu Travel Service Co., Ltd.",
            "emails": ["n.higa@ryukyu-travel.co.jp"],
            "phones": {"+81988613300": W, "+81988613301": F},
            "websites": ["www.ryukyu-travel.co.jp"],
            "address": "900-0015 1-2-20 Kumoji, Naha, Okinawa",
            "region": "JP",
        },
    ),
    (
        "b7-40-kanji-only-name-with-mobile",
        """Aoba Real Estate Co., Ltd.
AR Ri
Sales Manager
TEL 022-797-1150
Mobile 090-1144-2256
sales@aoba-realestate.jp""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": "Sales Manager",
            "company": "Aoba Real Estate Co., Ltd.",
            "emails": ["sales@aoba-realestate.jp"],
            "phones": {"+81227971150": W, "+819011442256": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
]
JP += [
    (
        "b7-41-cell-label",
        """Nagano Orchard Co., Ltd.
Hajime Kubo
Farm Manager
Tel 026-232-4410
Cell 090-3309-5561
kubo@nagano-orchard.jp
BAK SRP""",
        {
            "name": "Hajime Kubo",
            "given_name": "Hajime",
            "family_name": "Kubo",
            "title": "Farm Manager",
            "company": "Nagano Orchard Co., Ltd.",
            "emails": ["kubo@nagano-orchard.jp"],
            "phones": {"+81262324410": W, "+819033095561": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-42-phone-plus-spaces",
        """Tokyo Fintech Lab Inc.
Head of Partnerships
Reina Okamoto
Tel +81 (0)3-5962-1184
reina.okamoto@tokyofintechlab.com
www.tokyofintechlab.com
=H ae""",
        {
            "name": "Reina Okamoto",
            "given_name": "Reina",
            "family_name": "Okamoto",
            "title": "Head of Partnerships",
            "company": "Tokyo Fintech Lab Inc.",
            "emails": ["reina.okamoto@tokyofintechlab.com"],
            "phones": {"+81359621184": W},
            "websites": ["www.tokyofintechlab.com"],
        },
    ),
    (
        "b7-43-lawyer",
        """Attorney at Law
Makoto Ishii
Ishii & Partners Law Office
Toranomon Hills 20F, 1-23-1 Toranomon, Minato-ku, Tokyo 105-6320
TEL 03-6205-7780 FAX 03-6205-7781
m.ishii@ishii-law.jp
https://www.ishii-law.jp""",
        {
            "name": "Makoto Ishii",
            "given_name": "Makoto",
            "family_name": "Ishii",
            "title": "Attorney at Law",
            "company": "Ishii & Partners Law Office",
            "emails": ["m.ishii@ishii-law.jp"],
            "phones": {"+81362057780": W, "+81362057781": F},
            "websites": ["www.ishii-law.jp"],
            "address": "Toranomon Hills 20F, 1-23-1 Toranomon, Minato-ku, Tokyo 105-6320",
            "region": "JP",
        },
    ),
    (
        "b7-44-two-emails",
        """Shirakawa Textile Co., Ltd.
Export Manager
Aiko Shirakawa
TEL 0776-22-8810 FAX 0776-22-8811
a.shirakawa@shirakawa-textile.co.jp
export@shirakawa-textile.co.jp
T910-0006 2-8-1 Chuo, Fukui
EH ER""",
        {
            "name": "Aiko Shirakawa",
            "given_name": "Aiko",
            "family_name": "Shirakawa",
            "title": "Export Manager",
            "company": "Shirakawa Textile Co., Ltd.",
            "emails": ["a.shirakawa@shirakawa-textile.co.jp", "export@shirakawa-textile.co.jp"],
            "phones": {"+81776228810": W, "+81776228811": F},
            "websites": [],
            "address": "910-0006 2-8-1 Chuo, Fukui",
            "region": "JP",
        },
    ),
    (
        "b7-45-email-label-junk",
        """Hirata Kogyo Co., Ltd.
Plant Manager
Tsuyoshi Hirata
TEL: 0538-32-1180
E-mai1: hirata@hirata-kogyo.co.jp
Shizuoka Plant: 1200 Kamo, Iwata, Shizuoka 438-0025""",
        {
            "name": "Tsuyoshi Hirata",
            "given_name": "Tsuyoshi",
            "family_name": "Hirata",
            "title": "Plant Manager",
            "company": "Hirata Kogyo Co., Ltd.",
            "emails": ["hirata@hirata-kogyo.co.jp"],
            "phones": {"+81538321180": W},
            "websites": [],
            "region": "JP",
        },
    ),
    (
        "b7-46-clinic",
        """Midori Dental Clinic
D.D.S.
Sayaka Nomura
T330-0854 1-7-5 Sakuragi-cho, Omiya-ku, Saitama
TEL 048-644-8020
www.midori-dental.jp
ABB RB""",
        {
            "name": "Sayaka Nomura",
            "given_name": "Sayaka",
            "family_name": "Nomura",
            "company": "Midori Dental Clinic",
            "emails": [],
            "phones": {"+81486448020": W},
            "websites": ["www.midori-dental.jp"],
            "address": "330-0854 1-7-5 Sakuragi-cho, Omiya-ku, Saitama",
            "region": "JP",
        },
    ),
    (
        "b7-47-caps-family-with-title-line",
        """Chief Executive Officer
MATSUDA Ryohei
Matsuda Robotics Inc.
1-8-2 Shin-Yokohama, Kohoku-ku, Yokohama 222-0033
Tel: 045-478-3361
ryohei.matsuda@matsuda-robotics.com
matsuda-robotics.com""",
        {
            "name": "Matsuda Ryohei",
            "given_name": "Ryohei",
            "family_name": "Matsuda",
            "title": "Chief Executive Officer",
            "company": "Matsuda Robotics Inc.",
            "emails": ["ryohei.matsuda@matsuda-robotics.com"],
            "phones": {"+81454783361": W},
            "websites": ["matsuda-robotics.com"],
            "address": "1-8-2 Shin-Yokohama, Kohoku-ku, Yokohama 222-0033",
            "region": "JP",
        },
    ),
    (
        "b7-48-no-email",
        """Oishi Sake Brewery Co., Ltd.
Toji (Master Brewer)
Isamu Oishi
TEL 0258-22-1022 FAX 0258-22-1023
T940-0062 2-3-4 Omotemachi, Nagaoka, Niigata
www.oishi-sake.co.jp
AS iB""",
        {
            "name": "Isamu Oishi",
            "given_name": "Isamu",
            "family_name": "Oishi",
            "title": "Toji (Master Brewer)",
            "company": "Oishi Sake Brewery Co., Ltd.",
            "emails": [],
            "phones": {"+81258221022": W, "+81258221023": F},
            "websites": ["www.oishi-sake.co.jp"],
            "address": "940-0062 2-3-4 Omotemachi, Nagaoka, Niigata",
            "region": "JP",
        },
    ),
    (
        "b7-49-jp-only-company-junk-caps-name",
        """HRASH SAH
RM
YUKA MORIYAMA
T810-0001 Ro Hv 2-1-1
TEL 092-733-1190
Mobile 070-2218-4431
yuka.moriyama@fk-consult.jp""",
        {
            "name": "Yuka Moriyama",
            "given_name": "Yuka",
            "family_name": "Moriyama",
            "title": None,
            "company": None,
            "emails": ["yuka.moriyama@fk-consult.jp"],
            "phones": {"+81927331190": W, "+817022184431": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-50-direct-osaka",
        """Umeda Property Management Co., Ltd.
Leasing Department
Assistant Manager
Kohei Maeda
Direct 06-6147-3320
Main 06-6147-3300
kohei.maeda@umeda-pm.co.jp
Grand Front Osaka Tower B 15F, 3-1 Ofuka-cho, Kita-ku, Osaka 530-0011""",
        {
            "name": "Kohei Maeda",
            "given_name": "Kohei",
            "family_name": "Maeda",
            "title": "Assistant Manager",
            "company": "Umeda Property Management Co., Ltd.",
            "emails": ["kohei.maeda@umeda-pm.co.jp"],
            "phones": {"+81661473320": W, "+81661473300": W},
            "websites": [],
            "address": "Grand Front Osaka Tower B 15F, 3-1 Ofuka-cho, Kita-ku, Osaka 530-0011",
            "region": "JP",
        },
    ),
    (
        "b7-51-keitai",
        """Minami Kyushu Farms Co., Ltd.
Shun Nagata
Sales
TEL 099-224-5501
Keitai 080-5523-6610
nagata@mkfarms.co.jp
T892-0842 3-2 Higashisengoku-cho, Kagoshima""",
        {
            "name": "Shun Nagata",
            "given_name": "Shun",
            "family_name": "Nagata",
            "title": "Sales",
            "company": "Minami Kyushu Farms Co., Ltd.",
            "emails": ["nagata@mkfarms.co.jp"],
            "phones": {"+81992245501": W, "+818055236610": M},
            "websites": [],
            "address": "892-0842 3-2 Higashisengoku-cho, Kagoshima",
            "region": "JP",
        },
    ),
    (
        "b7-52-western-engineer-caps",
        """DAVID CHEN
Staff Software Engineer
Rakuda Games K.K.
Mobile 080-7788-1020
david.chen@rakudagames.jp
Bn ee""",
        {
            "name": "David Chen",
            "given_name": "David",
            "family_name": "Chen",
            "title": "Staff Software Engineer",
            "company": "Rakuda Games K.K.",
            "emails": ["david.chen@rakudagames.jp"],
            "phones": {"+818077881020": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-53-ltd-no-co",
        """Chiba Marine Products Ltd.
Eiji Kondo
Purchasing Manager
TEL. 043-245-8812  FAX. 043-245-8813
e-kondo@chiba-marine.co.jp
i a""",
        {
            "name": "Eiji Kondo",
            "given_name": "Eiji",
            "family_name": "Kondo",
            "title": "Purchasing Manager",
            "company": "Chiba Marine Products Ltd.",
            "emails": ["e-kondo@chiba-marine.co.jp"],
            "phones": {"+81432458812": W, "+81432458813": F},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-54-copyright-at-gmail",
        """Yoga Studio Hana
Instructor
Hana Ueda
090-1188-7736
hana.yoga©gmail.com
AR REE""",
        {
            "name": "Hana Ueda",
            "given_name": "Hana",
            "family_name": "Ueda",
            "title": "Instructor",
            "company": "Yoga Studio Hana",
            "emails": ["hana.yoga@gmail.com"],
            "phones": {"+819011887736": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-55-oneline-contacts",
        """Tohoku Software Co., Ltd.
Sho Endo  Systems Engineer
TEL 022-217-6641 / FAX 022-217-6642 / E-mail endo@tohoku-soft.co.jp
T980-0021 2-1-1 Chuo, Aoba-ku, Sendai""",
        {
            "name": "Sho Endo",
            "given_name": "Sho",
            "family_name": "Endo",
            "title": "Systems Engineer",
            "company": "Tohoku Software Co., Ltd.",
            "emails": ["endo@tohoku-soft.co.jp"],
            "phones": {"+81222176641": W, "+81222176642": F},
            "websites": [],
            "address": "980-0021 2-1-1 Chuo, Aoba-ku, Sendai",
            "region": "JP",
        },
    ),
    (
        "b7-56-family-first-title-comma",
        """Ikeda Mariko, Public Relations
Sunrise Cosmetics Co., Ltd.
Tel 03-5766-2210
m-ikeda@sunrise-cosme.co.jp
www.sunrise-cosme.co.jp
HKiR BE""",
        {
            "name": "Ikeda Mariko",
            "given_name": "Mariko",
            "family_name": "Ikeda",
            "title": "Public Relations",
            "company": "Sunrise Cosmetics Co., Ltd.",
            "emails": ["m-ikeda@sunrise-cosme.co.jp"],
            "phones": {"+81357662210": W},
            "websites": ["www.sunrise-cosme.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-57-ip-and-mobile-labels",
        """Kanazawa Web Works
Web Director
Tatsuya Murakami
T 050-5532-1107
M 080-3361-5402
tatsuya@kanazawa-webworks.com
https://kanazawa-webworks.com
T920-0853 1-9-1 Hon-machi, Kanazawa, Ishikawa""",
        {
            "name": "Tatsuya Murakami",
            "given_name": "Tatsuya",
            "family_name": "Murakami",
            "title": "Web Director",
            "company": "Kanazawa Web Works",
            "emails": ["tatsuya@kanazawa-webworks.com"],
            "phones": {"+815055321107": W, "+818033615402": M},
            "websites": ["kanazawa-webworks.com"],
            "address": "920-0853 1-9-1 Hon-machi, Kanazawa, Ishikawa",
            "region": "JP",
        },
    ),
    (
        "b7-58-no-person",
        """Kobe Coffee Roasters Co., Ltd.
RRA
T650-0011 3-1-14 Shimoyamate-dori, Chuo-ku, Kobe
TEL 078-391-2290
info@kobecoffee.co.jp
www.kobecoffee.co.jp""",
        {
            "name": None,
            "title": None,
            "company": "Kobe Coffee Roasters Co., Ltd.",
            "emails": ["info@kobecoffee.co.jp"],
            "phones": {"+81783912290": W},
            "websites": ["www.kobecoffee.co.jp"],
            "address": "650-0011 3-1-14 Shimoyamate-dori, Chuo-ku, Kobe",
            "region": "JP",
        },
    ),
    (
        "b7-59-name-junk-prefix",
        """Tsukuba BioLab Inc.
AR AA Takuya Ono
Research Scientist
TEL 029-879-6631
takuya.ono@tsukuba-biolab.jp""",
        {
            "name": "Takuya Ono",
            "given_name": "Takuya",
            "family_name": "Ono",
            "title": "Research Scientist",
            "company": "Tsukuba BioLab Inc.",
            "emails": ["takuya.ono@tsukuba-biolab.jp"],
            "phones": {"+81298796631": W},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-60-hiroshima-bilingual",
        """Setonaikai Shipbuilding Co., Ltd.
Design Division
General Manager
Osamu Harada
T734-8555 5-3-1 Ujina-kaigan, Minami-ku, Hiroshima
Tel. 082-252-3301
Fax. 082-252-3302
o.harada@setonaikai-sb.co.jp
DRPRRRRSR AA
PRR ieee
BH SD""",
        {
            "name": "Osamu Harada",
            "given_name": "Osamu",
            "family_name": "Harada",
            "title": "General Manager",
            "company": "Setonaikai Shipbuilding Co., Ltd.",
            "emails": ["o.harada@setonaikai-sb.co.jp"],
            "phones": {"+81822523301": W, "+81822523302": F},
            "websites": [],
            "address": "734-8555 5-3-1 Ujina-kaigan, Minami-ku, Hiroshima",
            "region": "JP",
        },
    ),
    (
        "b7-61-kk-suffix-caps-name",
        """Pacific Bridge K.K.
HIROKI NAKAJIMA
Business Development
Tel: +81-3-6459-2231
Mobile: +81-80-2245-6671
h.nakajima@pacificbridge.co.jp""",
        {
            "name": "Hiroki Nakajima",
            "given_name": "Hiroki",
            "family_name": "Nakajima",
            "title": "Business Development",
            "company": "Pacific Bridge K.K.",
            "emails": ["h.nakajima@pacificbridge.co.jp"],
            "phones": {"+81364592231": W, "+818022456671": M},
            "websites": [],
            "address": None,
        },
    ),
    (
        "b7-62-romaji-address-no-commas",
        """Fukushima Agri Tech Co., Ltd.
Yoshiko Sugawara
Sales Manager
T960-8041 Fukushima-shi Omachi 4-15
TEL 024-522-1106
yoshiko@fukushima-agritech.jp""",
        {
            "name": "Yoshiko Sugawara",
            "given_name": "Yoshiko",
            "family_name": "Sugawara",
            "title": "Sales Manager",
            "company": "Fukushima Agri Tech Co., Ltd.",
            "emails": ["yoshiko@fukushima-agritech.jp"],
            "phones": {"+81245221106": W},
            "websites": [],
            "address": "960-8041 Fukushima-shi Omachi 4-15",
            "region": "JP",
        },
    ),
    (
        "b7-63-spaced-at-both",
        """Tama Electronics Co., Ltd.
Senior Engineer
Daichi Kikuchi
Tel 042-526-7750
daichi.kikuchi @ tama-elec.co.jp""",
        {
            "name": "Daichi Kikuchi",
            "given_name": "Daichi",
            "family_name": "Kikuchi",
            "title": "Senior Engineer",
            "company": "Tama Electronics Co., Ltd.",
            "emails": ["daichi.kikuchi@tama-elec.co.jp"],
            "phones": {"+81425267750": W},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-64-junk-line-after-name",
        """Kitakyushu Steel Trading Co., Ltd.
Ryota Yoshimura
Tik ARRUAN
Sales Dept. Manager
TEL 093-511-4420 FAX 093-511-4421
r-yoshimura@kq-steel.co.jp
T802-0001 1-1-1 Asano, Kokurakita-ku, Kitakyushu""",
        {
            "name": "Ryota Yoshimura",
            "given_name": "Ryota",
            "family_name": "Yoshimura",
            "title": "Sales Dept. Manager",
            "company": "Kitakyushu Steel Trading Co., Ltd.",
            "emails": ["r-yoshimura@kq-steel.co.jp"],
            "phones": {"+81935114420": W, "+81935114421": F},
            "websites": [],
            "address": "802-0001 1-1-1 Asano, Kokurakita-ku, Kitakyushu",
            "region": "JP",
        },
    ),
    (
        "b7-65-kanji-only-name-company-junk",
        """HHLAR SE
iy Bt Ae
T460-0003 BH Ri 1-4-4
TEL 052-231-7710
Mobile 090-6623-1108
office@nishiki-sekkei.jp""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": None,
            "emails": ["office@nishiki-sekkei.jp"],
            "phones": {"+81522317710": W, "+819066231108": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-66-tel-fax-colon-no-space",
        """Aichi Auto Parts Co., Ltd.
Purchasing Section Chief
Hiroyuki Noguchi
TEL:0565-28-3310 FAX:0565-28-3311
noguchi.h@aichi-autoparts.co.jp
www.aichi-autoparts.co.jp""",
        {
            "name": "Hiroyuki Noguchi",
            "given_name": "Hiroyuki",
            "family_name": "Noguchi",
            "title": "Purchasing Section Chief",
            "company": "Aichi Auto Parts Co., Ltd.",
            "emails": ["noguchi.h@aichi-autoparts.co.jp"],
            "phones": {"+81565283310": W, "+81565283311": F},
            "websites": ["www.aichi-autoparts.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-67-tollfree-0800",
        """Sakura Insurance Agency Co., Ltd.
Insurance Consultant
Megumi Takeda
0800-222-3311
Mobile 080-1472-5583
megumi.takeda@sakura-ins.co.jp
=H BE""",
        {
            "name": "Megumi Takeda",
            "given_name": "Megumi",
            "family_name": "Takeda",
            "title": "Insurance Consultant",
            "company": "Sakura Insurance Agency Co., Ltd.",
            "emails": ["megumi.takeda@sakura-ins.co.jp"],
            "phones": {"+818002223311": W, "+818014725583": M},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-68-western-name-caps-family",
        """Thomas MULLER
Representative Director
Alpen Trading Japan K.K.
Tel 03-5441-2871  Fax 03-5441-2872
t.muller@alpen-trading.jp""",
        {
            "name": "Thomas Muller",
            "given_name": "Thomas",
            "family_name": "Muller",
            "title": "Representative Director",
            "company": "Alpen Trading Japan K.K.",
            "emails": ["t.muller@alpen-trading.jp"],
            "phones": {"+81354412871": W, "+81354412872": F},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b7-69-matsuyama",
        """Iyo Citrus Co., Ltd.
Nobuko Watanabe
Export Coordinator
T790-0001 1-1 Ichibancho, Matsuyama, Ehime
TEL 089-941-2210
nobuko.watanabe@iyo-citrus.co.jp
http://iyo-citrus.co.jp
BPR BR""",
        {
            "name": "Nobuko Watanabe",
            "given_name": "Nobuko",
            "family_name": "Watanabe",
            "title": "Export Coordinator",
            "company": "Iyo Citrus Co., Ltd.",
            "emails": ["nobuko.watanabe@iyo-citrus.co.jp"],
            "phones": {"+81899412210": W},
            "websites": ["iyo-citrus.co.jp"],
            "address": "790-0001 1-1 Ichibancho, Matsuyama, Ehime",
            "region": "JP",
        },
    ),
    (
        "b7-70-sapporo-caps-family",
        """Hokkaido Dairy Cooperative
SASAKI Kenta
Quality Control
TEL 011-221-3340
FAX 011-221-3341
Mobile 090-8812-4470
sasaki.kenta@hokkaido-dairy.or.jp
T060-0001 Kita 1-jo Nishi 4-chome, Chuo-ku, Sapporo""",
        {
            "name": "Sasaki Kenta",
            "given_name": "Kenta",
            "family_name": "Sasaki",
            "title": "Quality Control",
            "company": "Hokkaido Dairy Cooperative",
            "emails": ["sasaki.kenta@hokkaido-dairy.or.jp"],
            "phones": {"+81112213340": W, "+81112213341": F, "+819088124470": M},
            "websites": [],
            "address": "060-0001 Kita 1-jo Nishi 4-chome, Chuo-ku, Sapporo",
            "region": "JP",
        },
    ),
    (
        "b7-71-name-column-with-email",
        """Shonan Surf Co.
Riku Aizawa     riku@shonansurf.jp
Shop Manager    TEL 0466-22-6611
T251-0035 1-12-7 Katase-kaigan, Fujisawa, Kanagawa""",
        {
            "name": "Riku Aizawa",
            "given_name": "Riku",
            "family_name": "Aizawa",
            "title": "Shop Manager",
            "company": "Shonan Surf Co.",
            "emails": ["riku@shonansurf.jp"],
            "phones": {"+81466226611": W},
            "websites": [],
            "address": "251-0035 1-12-7 Katase-kaigan, Fujisawa, Kanagawa",
            "region": "JP",
        },
    ),
    (
        "b7-72-junk-with-latin-mangle",
        """BRAM AAS | Nihon Sekkei Co., Ltd.
Architect
Kaori Sakai
TEL 03-3344-2210
kaori.sakai@nihonsekkei.co.jp
www.nihonsekkei.co.jp""",
        {
            "name": "Kaori Sakai",
            "given_name": "Kaori",
            "family_name": "Sakai",
            "title": "Architect",
            "company": "Nihon Sekkei Co., Ltd.",
            "emails": ["kaori.sakai@nihonsekkei.co.jp"],
            "phones": {"+81333442210": W},
            "websites": ["www.nihonsekkei.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
]
