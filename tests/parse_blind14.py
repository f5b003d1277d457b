"""A fourteenth blind hold-out: 25 US flatbed scans, 25 Japanese cards with Latin text, 10 from the UK,
Germany, Singapore, India and Australia (five of the 60 name no person).

Written by hand, blind, by a helper that read neither the parser (ocr/), nor the tests, nor the earlier
tables; every number checked valid with `phonenumbers` by the helper's own script; nothing changed after
the parser first saw it. The helper's conventions, as it wrote them:

    25 US cards (flatbed scans), 25 Japanese cards (phone-photo OCR of the Latin
    side, some kanji/kana lines kept), 10 cards from UK / DE / SG / IN / AU.

    Conventions used in the expectations:
    - name: the printed Latin name, credentials (CPA, Esq., MD, PhD, CA, Dr.,
      Dr.-Ing. ...) removed; generational suffixes (Jr., III) kept; case kept as
      printed (e.g. "Taro YAMADA", "SUZUKI Hanako").
    - given / family: the given-name word(s) and family-name word as printed;
      middle initials and suffixes go in neither.
    - phones: E.164, extensions dropped. kind: Tel/Phone/Ph/P/T/O/D/Office/Direct/
      Main/Bus/Studio/Off -> "work"; Cell/Mobile/Mob/Mobil/M/C/WhatsApp -> "mobile";
      Fax/F -> "fax"; Home -> "home"; unlabelled or toll-free -> None, except an
      unlabelled number that is clearly a mobile (JP 070/080/090, IN 9xxxx) ->
      "mobile".
    - address: address lines joined with ", " (labels such as "Head Office:"
      dropped); the Latin address when a Japanese-script one is also printed.
"""

from __future__ import annotations

from typing import Any

US: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b14-01",
        "HARTWELL & BRANDT LLP\n"
        "Attorneys at Law\n"
        "Michael J. Brandt, Esq.\n"
        "Partner\n"
        "One Financial Plaza, Suite 2200\n"
        "Hartford, CT 06103\n"
        "Direct (860) 724-3318\n"
        "Office (860) 724-3300\n"
        "Fax (860) 724-3399\n"
        "mbrandt@hartwellbrandt.com\n"
        "www.hartwellbrandt.com",
        {
            "name": "Michael J. Brandt",
            "given_name": "Michael",
            "family_name": "Brandt",
            "title": "Partner",
            "company": "HARTWELL & BRANDT LLP",
            "emails": ["mbrandt@hartwellbrandt.com"],
            "phones": [
                {"number": "+18607243318", "kind": "work"},
                {"number": "+18607243300", "kind": "work"},
                {"number": "+18607243399", "kind": "fax"},
            ],
            "websites": ["www.hartwellbrandt.com"],
            "address": "One Financial Plaza, Suite 2200, Hartford, CT 06103",
        },
    ),
    (
        "b14-02",
        "Lakeside Family Dentistry\n"
        "Sarah K. Nguyen, DDS\n"
        "4820 N. Lincoln Ave., Ste. 105\n"
        "Chicago, IL 60625\n"
        "P: 773.561.2047\n"
        "F: 773.561.2048\n"
        "frontdesk@lakesidefamilydental.com\n"
        "lakesidefamilydental.com",
        {
            "name": "Sarah K. Nguyen",
            "given_name": "Sarah",
            "family_name": "Nguyen",
            "title": None,
            "company": "Lakeside Family Dentistry",
            "emails": ["frontdesk@lakesidefamilydental.com"],
            "phones": [{"number": "+17735612047", "kind": "work"}, {"number": "+17735612048", "kind": "fax"}],
            "websites": ["lakesidefamilydental.com"],
            "address": "4820 N. Lincoln Ave., Ste. 105, Chicago, IL 60625",
        },
    ),
    (
        "b14-03",
        "Jennifer M. Alvarez\n"
        "Broker Associate\n"
        "COLDWATER REALTY GROUP\n"
        "Cell: 512-694-8823\n"
        "Office: 512-330-1170\n"
        "jalvarez@coldwaterrealty.com\n"
        "www.coldwaterrealty.com\n"
        "9600 Great Hills Trail, Suite 150W\n"
        "Austin, TX 78759",
        {
            "name": "Jennifer M. Alvarez",
            "given_name": "Jennifer",
            "family_name": "Alvarez",
            "title": "Broker Associate",
            "company": "COLDWATER REALTY GROUP",
            "emails": ["jalvarez@coldwaterrealty.com"],
            "phones": [
                {"number": "+15126948823", "kind": "mobile"},
                {"number": "+15123301170", "kind": "work"},
            ],
            "websites": ["www.coldwaterrealty.com"],
            "address": "9600 Great Hills Trail, Suite 150W, Austin, TX 78759",
        },
    ),
    (
        "b14-04",
        "Whitaker Roofing & Construction, Inc.\n"
        "Dale R. Whitaker Jr.\n"
        "Owner\n"
        "Licensed • Bonded • Insured\n"
        "C 614-937-4410\n"
        "O 614-871-2206\n"
        "dale@whitakerroofing.com\n"
        "www.whitakerroofing.com",
        {
            "name": "Dale R. Whitaker Jr.",
            "given_name": "Dale",
            "family_name": "Whitaker",
            "title": "Owner",
            "company": "Whitaker Roofing & Construction, Inc.",
            "emails": ["dale@whitakerroofing.com"],
            "phones": [
                {"number": "+16149374410", "kind": "mobile"},
                {"number": "+16148712206", "kind": "work"},
            ],
            "websites": ["www.whitakerroofing.com"],
            "address": None,
        },
    ),
    (
        "b14-05",
        "UNIVERSITY OF MICHIGAN\n"
        "Department of Chemical Engineering\n"
        "Priya Raman, PhD\n"
        "Associate Professor\n"
        "2300 Hayward Street, 3074 H.H. Dow Building\n"
        "Ann Arbor, MI 48109-2136\n"
        "Tel 734.764.2383\n"
        "praman@umich.edu",
        {
            "name": "Priya Raman",
            "given_name": "Priya",
            "family_name": "Raman",
            "title": "Associate Professor",
            "company": "UNIVERSITY OF MICHIGAN",
            "emails": ["praman@umich.edu"],
            "phones": [{"number": "+17347642383", "kind": "work"}],
            "websites": [],
            "address": "2300 Hayward Street, 3074 H.H. Dow Building, Ann Arbor, MI 48109-2136",
        },
    ),
    (
        "b14-06",
        "Harbor Light Community Foundation\n"
        "Marcus D. Ellison\n"
        "Director of Development\n"
        "1520 Mission Street, 3rd Floor\n"
        "San Francisco, CA 94103\n"
        "T 415.863.7720 x 214\n"
        "M 415.370.5581\n"
        "mellison@harborlightsf.org\n"
        "harborlightsf.org",
        {
            "name": "Marcus D. Ellison",
            "given_name": "Marcus",
            "family_name": "Ellison",
            "title": "Director of Development",
            "company": "Harbor Light Community Foundation",
            "emails": ["mellison@harborlightsf.org"],
            "phones": [
                {"number": "+14158637720", "kind": "work"},
                {"number": "+14153705581", "kind": "mobile"},
            ],
            "websites": ["harborlightsf.org"],
            "address": "1520 Mission Street, 3rd Floor, San Francisco, CA 94103",
        },
    ),
    (
        "b14-07",
        "First Prairie Bank\n"
        "Member FDIC\n"
        "Thomas A. Kowalski\n"
        "Vice President, Commercial Lending\n"
        "NMLS# 784512\n"
        "201 W. Main Street\n"
        "Peoria, IL 61602\n"
        "Direct: (309) 671-4820\n"
        "Mobile: (309) 258-9034\n"
        "Fax: (309) 671-4899\n"
        "tkowalski@firstprairiebank.com",
        {
            "name": "Thomas A. Kowalski",
            "given_name": "Thomas",
            "family_name": "Kowalski",
            "title": "Vice President, Commercial Lending",
            "company": "First Prairie Bank",
            "emails": ["tkowalski@firstprairiebank.com"],
            "phones": [
                {"number": "+13096714820", "kind": "work"},
                {"number": "+13092589034", "kind": "mobile"},
                {"number": "+13096714899", "kind": "fax"},
            ],
            "websites": [],
            "address": "201 W. Main Street, Peoria, IL 61602",
        },
    ),
    (
        "b14-08",
        "Angela R. Brooks, CLU, ChFC\n"
        "Agent\n"
        "Keystone Mutual Insurance\n"
        "Auto • Home • Life • Business\n"
        "3115 Peach Orchard Road, Suite B\n"
        "Augusta, GA 30906\n"
        "Bus 706-793-2261\n"
        "Cell 706-627-4408\n"
        "Toll Free 1-800-482-7719\n"
        "angela.brooks@keystonemutual.com\n"
        "www.angelabrooksinsurance.com",
        {
            "name": "Angela R. Brooks",
            "given_name": "Angela",
            "family_name": "Brooks",
            "title": "Agent",
            "company": "Keystone Mutual Insurance",
            "emails": ["angela.brooks@keystonemutual.com"],
            "phones": [
                {"number": "+17067932261", "kind": "work"},
                {"number": "+17066274408", "kind": "mobile"},
                {"number": "+18004827719", "kind": None},
            ],
            "websites": ["www.angelabrooksinsurance.com"],
            "address": "3115 Peach Orchard Road, Suite B, Augusta, GA 30906",
        },
    ),
    (
        "b14-09",
        "GRANT LAW OFFICES, P.C.\n"
        "William T. Grant III\n"
        "Attorney at Law\n"
        "Estate Planning • Probate • Elder Law\n"
        "112 Court Street\n"
        "Plymouth, MA 02360\n"
        "Tel. (508) 746-0932\n"
        "Fax (508) 746-0941\n"
        "wtg@grantlawplymouth.com",
        {
            "name": "William T. Grant III",
            "given_name": "William",
            "family_name": "Grant",
            "title": "Attorney at Law",
            "company": "GRANT LAW OFFICES, P.C.",
            "emails": ["wtg@grantlawplymouth.com"],
            "phones": [{"number": "+15087460932", "kind": "work"}, {"number": "+15087460941", "kind": "fax"}],
            "websites": [],
            "address": "112 Court Street, Plymouth, MA 02360",
        },
    ),
    (
        "b14-10",
        "Hayes & Moreno CPAs, PLLC\n"
        "Robert L. Hayes Jr., CPA\n"
        "Managing Partner\n"
        "7301 N. 16th Street, Suite 201\n"
        "Phoenix, AZ 85020\n"
        "602.944.3170 ext. 12\n"
        "Fax 602.944.3175\n"
        "rhayes@hayesmorenocpa.com\n"
        "www.hayesmorenocpa.com",
        {
            "name": "Robert L. Hayes Jr.",
            "given_name": "Robert",
            "family_name": "Hayes",
            "title": "Managing Partner",
            "company": "Hayes & Moreno CPAs, PLLC",
            "emails": ["rhayes@hayesmorenocpa.com"],
            "phones": [{"number": "+16029443170", "kind": None}, {"number": "+16029443175", "kind": "fax"}],
            "websites": ["www.hayesmorenocpa.com"],
            "address": "7301 N. 16th Street, Suite 201, Phoenix, AZ 85020",
        },
    ),
    (
        "b14-11",
        "Northshore Orthopaedic Associates\n"
        "Daniel S. Whitfield, MD, FAAOS\n"
        "Board Certified Orthopaedic Surgeon\n"
        "2650 Ridge Avenue, Suite 400\n"
        "Evanston, IL 60201\n"
        "Tel 847.492.6610\n"
        "Fax 847.492.6619\n"
        "www.northshoreortho.com",
        {
            "name": "Daniel S. Whitfield",
            "given_name": "Daniel",
            "family_name": "Whitfield",
            "title": "Board Certified Orthopaedic Surgeon",
            "company": "Northshore Orthopaedic Associates",
            "emails": [],
            "phones": [{"number": "+18474926610", "kind": "work"}, {"number": "+18474926619", "kind": "fax"}],
            "websites": ["www.northshoreortho.com"],
            "address": "2650 Ridge Avenue, Suite 400, Evanston, IL 60201",
        },
    ),
    (
        "b14-12",
        "KEVIN O'BRIEN\n"
        "Licensed Real Estate Salesperson\n"
        "Hudson Valley Homes Realty\n"
        "D 845.467.3021\n"
        "C 914.552.8736\n"
        "kobrien@hvhomesrealty.com\n"
        "hvhomesrealty.com\n"
        "54 Main Street, New Paltz, NY 12561",
        {
            "name": "KEVIN O'BRIEN",
            "given_name": "KEVIN",
            "family_name": "O'BRIEN",
            "title": "Licensed Real Estate Salesperson",
            "company": "Hudson Valley Homes Realty",
            "emails": ["kobrien@hvhomesrealty.com"],
            "phones": [
                {"number": "+18454673021", "kind": "work"},
                {"number": "+19145528736", "kind": "mobile"},
            ],
            "websites": ["hvhomesrealty.com"],
            "address": "54 Main Street, New Paltz, NY 12561",
        },
    ),
    (
        "b14-13",
        "Midwest Fastener Supply\n"
        "Lisa Chen-Morales\n"
        "Regional Sales Manager\n"
        "O: 216-881-4720\n"
        "M: 216-903-5516\n"
        "F: 216-881-4799\n"
        "lchenmorales@midwestfastener.com\n"
        "www.midwestfastener.com\n"
        "18500 Lake Shore Blvd.\n"
        "Cleveland, OH 44119",
        {
            "name": "Lisa Chen-Morales",
            "given_name": "Lisa",
            "family_name": "Chen-Morales",
            "title": "Regional Sales Manager",
            "company": "Midwest Fastener Supply",
            "emails": ["lchenmorales@midwestfastener.com"],
            "phones": [
                {"number": "+12168814720", "kind": "work"},
                {"number": "+12169035516", "kind": "mobile"},
                {"number": "+12168814799", "kind": "fax"},
            ],
            "websites": ["www.midwestfastener.com"],
            "address": "18500 Lake Shore Blvd., Cleveland, OH 44119",
        },
    ),
    (
        "b14-14",
        "Brian P. Sullivan\n"
        "Senior Claims Adjuster\n"
        "Liberty Ridge Insurance Company\n"
        "100 Summer Street, 14th Floor\n"
        "Boston, MA 02110\n"
        "1-800-726-4410 ext. 3318\n"
        "Direct 617-488-2093\n"
        "bsullivan@libertyridgeins.com",
        {
            "name": "Brian P. Sullivan",
            "given_name": "Brian",
            "family_name": "Sullivan",
            "title": "Senior Claims Adjuster",
            "company": "Liberty Ridge Insurance Company",
            "emails": ["bsullivan@libertyridgeins.com"],
            "phones": [{"number": "+18007264410", "kind": None}, {"number": "+16174882093", "kind": "work"}],
            "websites": [],
            "address": "100 Summer Street, 14th Floor, Boston, MA 02110",
            "_region_arg": "US",
        },
    ),
    (
        "b14-15",
        "Dr. Elena Petrova, DMD, MS\n"
        "Orthodontist\n"
        "Bright Path Orthodontics\n"
        "1180 Peachtree Industrial Blvd., Suite 210\n"
        "Suwanee, GA 30024\n"
        "770.945.6613\n"
        "info@brightpathortho.com\n"
        "www.brightpathortho.com",
        {
            "name": "Elena Petrova",
            "given_name": "Elena",
            "family_name": "Petrova",
            "title": "Orthodontist",
            "company": "Bright Path Orthodontics",
            "emails": ["info@brightpathortho.com"],
            "phones": [{"number": "+17709456613", "kind": None}],
            "websites": ["www.brightpathortho.com"],
            "address": "1180 Peachtree Industrial Blvd., Suite 210, Suwanee, GA 30024",
        },
    ),
    (
        "b14-16",
        "Nimbus Ledger, Inc.\n"
        "Jordan A. Reyes\n"
        "Co-Founder & CTO\n"
        "jordan@nimbusledger.io\n"
        "+1 (415) 726-0184\n"
        "nimbusledger.io\n"
        "548 Market St #38211\n"
        "San Francisco, CA 94104",
        {
            "name": "Jordan A. Reyes",
            "given_name": "Jordan",
            "family_name": "Reyes",
            "title": "Co-Founder & CTO",
            "company": "Nimbus Ledger, Inc.",
            "emails": ["jordan@nimbusledger.io"],
            "phones": [{"number": "+14157260184", "kind": None}],
            "websites": ["nimbusledger.io"],
            "address": "548 Market St #38211, San Francisco, CA 94104",
        },
    ),
    (
        "b14-17",
        "Riverbend Regional Food Bank\n"
        "Tanya L. Whitmore\n"
        "Volunteer Coordinator\n"
        "2210 Industrial Park Drive\n"
        "Knoxville, TN 37921\n"
        "Office 865.521.0043\n"
        "Cell 865.805.2276\n"
        "twhitmore@riverbendfoodbank.org\n"
        "www.riverbendfoodbank.org",
        {
            "name": "Tanya L. Whitmore",
            "given_name": "Tanya",
            "family_name": "Whitmore",
            "title": "Volunteer Coordinator",
            "company": "Riverbend Regional Food Bank",
            "emails": ["twhitmore@riverbendfoodbank.org"],
            "phones": [
                {"number": "+18655210043", "kind": "work"},
                {"number": "+18658052276", "kind": "mobile"},
            ],
            "websites": ["www.riverbendfoodbank.org"],
            "address": "2210 Industrial Park Drive, Knoxville, TN 37921",
        },
    ),
    (
        "b14-18",
        "Davenport Wealth Advisors\n"
        "Charles E. Davenport, CFP®\n"
        "Senior Wealth Advisor\n"
        "3344 Peachtree Road NE, Suite 1600\n"
        "Atlanta, GA 30326\n"
        "Main 404.812.6650\n"
        "Direct 404.812.6654\n"
        "cdavenport@davenportwealth.com\n"
        "davenportwealth.com",
        {
            "name": "Charles E. Davenport",
            "given_name": "Charles",
            "family_name": "Davenport",
            "title": "Senior Wealth Advisor",
            "company": "Davenport Wealth Advisors",
            "emails": ["cdavenport@davenportwealth.com"],
            "phones": [
                {"number": "+14048126650", "kind": "work"},
                {"number": "+14048126654", "kind": "work"},
            ],
            "websites": ["davenportwealth.com"],
            "address": "3344 Peachtree Road NE, Suite 1600, Atlanta, GA 30326",
        },
    ),
    (
        "b14-19",
        "Carroll State University\n"
        "Office of Undergraduate Admissions\n"
        "Megan E. Fitzgerald\n"
        "Assistant Director of Admissions\n"
        "400 College Avenue\n"
        "Westminster, MD 21157\n"
        "P 410.857.2290\n"
        "F 410.857.2751\n"
        "mfitzgerald@carrollstate.edu\n"
        "admissions.carrollstate.edu",
        {
            "name": "Megan E. Fitzgerald",
            "given_name": "Megan",
            "family_name": "Fitzgerald",
            "title": "Assistant Director of Admissions",
            "company": "Carroll State University",
            "emails": ["mfitzgerald@carrollstate.edu"],
            "phones": [{"number": "+14108572290", "kind": "work"}, {"number": "+14108572751", "kind": "fax"}],
            "websites": ["admissions.carrollstate.edu"],
            "address": "400 College Avenue, Westminster, MD 21157",
        },
    ),
    (
        "b14-20",
        "ACE COMFORT HEATING & AIR\n"
        "Luis Ortega\n"
        "Service Manager\n"
        "24/7 Emergency Service\n"
        "(480) 962-3317\n"
        "Cell (480) 216-7759\n"
        "luis@acecomfortaz.com\n"
        "www.acecomfortaz.com\n"
        "ROC #298451",
        {
            "name": "Luis Ortega",
            "given_name": "Luis",
            "family_name": "Ortega",
            "title": "Service Manager",
            "company": "ACE COMFORT HEATING & AIR",
            "emails": ["luis@acecomfortaz.com"],
            "phones": [
                {"number": "+14809623317", "kind": None},
                {"number": "+14802167759", "kind": "mobile"},
            ],
            "websites": ["www.acecomfortaz.com"],
            "address": None,
        },
    ),
    (
        "b14-21",
        "Caldwell Pierce Morgan LLP\n"
        "Rebecca S. Lindqvist\n"
        "Associate\n"
        "1301 Avenue of the Americas, 32nd Floor\n"
        "New York, NY 10019\n"
        "T +1 212 468 5920\n"
        "F +1 212 468 5999\n"
        "rlindqvist@caldwellpierce.com\n"
        "caldwellpierce.com",
        {
            "name": "Rebecca S. Lindqvist",
            "given_name": "Rebecca",
            "family_name": "Lindqvist",
            "title": "Associate",
            "company": "Caldwell Pierce Morgan LLP",
            "emails": ["rlindqvist@caldwellpierce.com"],
            "phones": [{"number": "+12124685920", "kind": "work"}, {"number": "+12124685999", "kind": "fax"}],
            "websites": ["caldwellpierce.com"],
            "address": "1301 Avenue of the Americas, 32nd Floor, New York, NY 10019",
        },
    ),
    (
        "b14-22",
        "James H. Porter III, PharmD\n"
        "Pharmacist in Charge\n"
        "Porter's Corner Pharmacy\n"
        "905 Broad Street\n"
        "Sumter, SC 29150\n"
        "Ph: 803-773-4518\n"
        "Fax: 803-773-4520\n"
        "porterscornerrx@gmail.com",
        {
            "name": "James H. Porter III",
            "given_name": "James",
            "family_name": "Porter",
            "title": "Pharmacist in Charge",
            "company": "Porter's Corner Pharmacy",
            "emails": ["porterscornerrx@gmail.com"],
            "phones": [{"number": "+18037734518", "kind": "work"}, {"number": "+18037734520", "kind": "fax"}],
            "websites": [],
            "address": "905 Broad Street, Sumter, SC 29150",
        },
    ),
    (
        "b14-23",
        "Summit Federal Credit Union\n"
        "Nicole A. Brennan\n"
        "Mortgage Loan Officer\n"
        "NMLS ID 1482309\n"
        "O 585-381-7720\n"
        "C 585-749-0316\n"
        "1-877-786-6632\n"
        "nbrennan@summitfcu.org\n"
        "100 Marina Drive\n"
        "Rochester, NY 14626\n"
        "www.summitfcu.org",
        {
            "name": "Nicole A. Brennan",
            "given_name": "Nicole",
            "family_name": "Brennan",
            "title": "Mortgage Loan Officer",
            "company": "Summit Federal Credit Union",
            "emails": ["nbrennan@summitfcu.org"],
            "phones": [
                {"number": "+15853817720", "kind": "work"},
                {"number": "+15857490316", "kind": "mobile"},
                {"number": "+18777866632", "kind": None},
            ],
            "websites": ["www.summitfcu.org"],
            "address": "100 Marina Drive, Rochester, NY 14626",
        },
    ),
    (
        "b14-24",
        "Grace Whitman Photography\n"
        "Grace Whitman\n"
        "Photographer\n"
        "Weddings • Portraits • Events\n"
        "Studio: 503.236.8814\n"
        "Cell: 503.819.4472\n"
        "hello@gracewhitmanphoto.com\n"
        "www.gracewhitmanphoto.com\n"
        "@gracewhitmanphoto",
        {
            "name": "Grace Whitman",
            "given_name": "Grace",
            "family_name": "Whitman",
            "title": "Photographer",
            "company": "Grace Whitman Photography",
            "emails": ["hello@gracewhitmanphoto.com"],
            "phones": [
                {"number": "+15032368814", "kind": "work"},
                {"number": "+15038194472", "kind": "mobile"},
            ],
            "websites": ["www.gracewhitmanphoto.com"],
            "address": None,
        },
    ),
    (
        "b14-25",
        "Harold B. Klein, PhD\n"
        "Environmental Consultant\n"
        "Klein Environmental Consulting LLC\n"
        "Home: (970) 482-6135\n"
        "Mobile: (970) 218-3392\n"
        "hklein@kleinenviro.com\n"
        "P.O. Box 1847\n"
        "Fort Collins, CO 80522",
        {
            "name": "Harold B. Klein",
            "given_name": "Harold",
            "family_name": "Klein",
            "title": "Environmental Consultant",
            "company": "Klein Environmental Consulting LLC",
            "emails": ["hklein@kleinenviro.com"],
            "phones": [
                {"number": "+19704826135", "kind": "home"},
                {"number": "+19702183392", "kind": "mobile"},
            ],
            "websites": [],
            "address": "P.O. Box 1847, Fort Collins, CO 80522",
        },
    ),
]

JP: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b14-26",
        "株式会社山田製作所\n"
        "YAMADA MANUFACTURING CO., LTD.\n"
        "Taro YAMADA\n"
        "General Manager, Overseas Sales Dept.\n"
        "2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-6390, Japan\n"
        "TEL: +81-3-5220-4417\n"
        "FAX: +81-3-5220-4420\n"
        "Mobile: +81-90-4716-2283\n"
        "t.yamada@yamada-mfg.co.jp\n"
        "https://www.yamada-mfg.co.jp",
        {
            "name": "Taro YAMADA",
            "given_name": "Taro",
            "family_name": "YAMADA",
            "title": "General Manager, Overseas Sales Dept.",
            "company": "YAMADA MANUFACTURING CO., LTD.",
            "emails": ["t.yamada@yamada-mfg.co.jp"],
            "phones": [
                {"number": "+81352204417", "kind": "work"},
                {"number": "+81352204420", "kind": "fax"},
                {"number": "+819047162283", "kind": "mobile"},
            ],
            "websites": ["https://www.yamada-mfg.co.jp"],
            "address": "2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-6390, Japan",
        },
    ),
    (
        "b14-27",
        "SUZUKI Hanako\n"
        "Section Chief, Corporate Planning Division\n"
        "Hokuto Electric Corporation\n"
        "北斗電機株式会社\n"
        "3-12-7 Shiba, Minato-ku, Tokyo 105-0014, Japan\n"
        "TEL 03-3454-8812\n"
        "FAX 03-3454-8813\n"
        "hanako.suzuki@hokuto-elec.co.jp",
        {
            "name": "SUZUKI Hanako",
            "given_name": "Hanako",
            "family_name": "SUZUKI",
            "title": "Section Chief, Corporate Planning Division",
            "company": "Hokuto Electric Corporation",
            "emails": ["hanako.suzuki@hokuto-elec.co.jp"],
            "phones": [{"number": "+81334548812", "kind": "work"}, {"number": "+81334548813", "kind": "fax"}],
            "websites": [],
            "address": "3-12-7 Shiba, Minato-ku, Tokyo 105-0014, Japan",
        },
    ),
    (
        "b14-28",
        "中村 健二\n"
        "Kenji NAKAMURA\n"
        "Representative Director & President\n"
        "Naniwa Trading K.K.\n"
        "なにわ商事株式会社\n"
        "1-8-15 Kitahama, Chuo-ku, Osaka 541-0041 Japan\n"
        "Phone: 06-6231-7750\n"
        "Fax: 06-6231-7751\n"
        "Mobile: 090-8841-3320\n"
        "nakamura@naniwa-trading.jp\n"
        "www.naniwa-trading.jp",
        {
            "name": "Kenji NAKAMURA",
            "given_name": "Kenji",
            "family_name": "NAKAMURA",
            "title": "Representative Director & President",
            "company": "Naniwa Trading K.K.",
            "emails": ["nakamura@naniwa-trading.jp"],
            "phones": [
                {"number": "+81662317750", "kind": "work"},
                {"number": "+81662317751", "kind": "fax"},
                {"number": "+819088413320", "kind": "mobile"},
            ],
            "websites": ["www.naniwa-trading.jp"],
            "address": "1-8-15 Kitahama, Chuo-ku, Osaka 541-0041 Japan",
        },
    ),
    (
        "b14-29",
        "ITO Daisuke\n"
        "Senior Engineer, R&D Center\n"
        "Sakura Precision Instruments Co., Ltd.\n"
        "さくら精機株式会社\n"
        "4-3-2 Minatomirai, Nishi-ku, Yokohama, Kanagawa 220-0012, Japan\n"
        "Tel. 045-222-6198\n"
        "E-mail: d-ito@sakura-seiki.co.jp",
        {
            "name": "ITO Daisuke",
            "given_name": "Daisuke",
            "family_name": "ITO",
            "title": "Senior Engineer, R&D Center",
            "company": "Sakura Precision Instruments Co., Ltd.",
            "emails": ["d-ito@sakura-seiki.co.jp"],
            "phones": [{"number": "+81452226198", "kind": "work"}],
            "websites": [],
            "address": "4-3-2 Minatomirai, Nishi-ku, Yokohama, Kanagawa 220-0012, Japan",
        },
    ),
    (
        "b14-30",
        "Chubu Auto Parts Co., Ltd.\n"
        "中部オートパーツ株式会社\n"
        "Hiroshi KATO\n"
        "Manager, International Business Dept.\n"
        "1-1-4 Meieki, Nakamura-ku, Nagoya 450-0002, Japan\n"
        "T: 052-583-4106\n"
        "F: 052-583-4107\n"
        "M: 080-3962-5518\n"
        "h.kato@chubu-autoparts.co.jp\n"
        "www.chubu-autoparts.co.jp",
        {
            "name": "Hiroshi KATO",
            "given_name": "Hiroshi",
            "family_name": "KATO",
            "title": "Manager, International Business Dept.",
            "company": "Chubu Auto Parts Co., Ltd.",
            "emails": ["h.kato@chubu-autoparts.co.jp"],
            "phones": [
                {"number": "+81525834106", "kind": "work"},
                {"number": "+81525834107", "kind": "fax"},
                {"number": "+818039625518", "kind": "mobile"},
            ],
            "websites": ["www.chubu-autoparts.co.jp"],
            "address": "1-1-4 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
        },
    ),
    (
        "b14-31",
        "Kyushu Digital Solutions Inc.\n"
        "Yuki TANAKA\n"
        "Project Manager\n"
        "Hakata Ekimae 2-1-1, Hakata-ku, Fukuoka 812-0011, Japan\n"
        "+81 92 473 6620\n"
        "+81 80 2291 4573\n"
        "y-tanaka@kds-inc.jp\n"
        "https://kds-inc.jp",
        {
            "name": "Yuki TANAKA",
            "given_name": "Yuki",
            "family_name": "TANAKA",
            "title": "Project Manager",
            "company": "Kyushu Digital Solutions Inc.",
            "emails": ["y-tanaka@kds-inc.jp"],
            "phones": [
                {"number": "+81924736620", "kind": None},
                {"number": "+818022914573", "kind": "mobile"},
            ],
            "websites": ["https://kds-inc.jp"],
            "address": "Hakata Ekimae 2-1-1, Hakata-ku, Fukuoka 812-0011, Japan",
        },
    ),
    (
        "b14-32",
        "WATANABE Kenta\n"
        "Sales Representative\n"
        "Kyo-Yuzen Textile Co., Ltd.\n"
        "京友禅テキスタイル株式会社\n"
        "245 Karasuma-dori Oike-agaru, Nakagyo-ku, Kyoto 604-8166, Japan\n"
        "TEL: 075-211-3346  FAX: 075-211-3347\n"
        "watanabe@kyoyuzen-textile.co.jp",
        {
            "name": "WATANABE Kenta",
            "given_name": "Kenta",
            "family_name": "WATANABE",
            "title": "Sales Representative",
            "company": "Kyo-Yuzen Textile Co., Ltd.",
            "emails": ["watanabe@kyoyuzen-textile.co.jp"],
            "phones": [{"number": "+81752113346", "kind": "work"}, {"number": "+81752113347", "kind": "fax"}],
            "websites": [],
            "address": "245 Karasuma-dori Oike-agaru, Nakagyo-ku, Kyoto 604-8166, Japan",
        },
    ),
    (
        "b14-33",
        "Rising Sun Robotics K.K.\n"
        "Akira MORI\n"
        "Representative Director, CEO\n"
        "Shibuya Scramble Square 39F\n"
        "2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139\n"
        "TEL +81-3-6427-5580\n"
        "akira.mori@risingsunrobotics.com\n"
        "www.risingsunrobotics.com",
        {
            "name": "Akira MORI",
            "given_name": "Akira",
            "family_name": "MORI",
            "title": "Representative Director, CEO",
            "company": "Rising Sun Robotics K.K.",
            "emails": ["akira.mori@risingsunrobotics.com"],
            "phones": [{"number": "+81364275580", "kind": "work"}],
            "websites": ["www.risingsunrobotics.com"],
            "address": "Shibuya Scramble Square 39F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139",
        },
    ),
    (
        "b14-34",
        "Megumi SATO\n"
        "Assistant Manager, Human Resources Dept.\n"
        "Hinode Foods Co., Ltd.\n"
        "日の出食品株式会社\n"
        "Kita 3-jo Nishi 4-chome, Chuo-ku, Sapporo 060-0003, Japan\n"
        "TEL 011-231-5540\n"
        "m.sato@hinode-foods.co.jp",
        {
            "name": "Megumi SATO",
            "given_name": "Megumi",
            "family_name": "SATO",
            "title": "Assistant Manager, Human Resources Dept.",
            "company": "Hinode Foods Co., Ltd.",
            "emails": ["m.sato@hinode-foods.co.jp"],
            "phones": [{"number": "+81112315540", "kind": "work"}],
            "websites": [],
            "address": "Kita 3-jo Nishi 4-chome, Chuo-ku, Sapporo 060-0003, Japan",
            "_region_arg": "JP",
        },
    ),
    (
        "b14-35",
        "Seaport Logistics Corporation\n"
        "Takeshi INOUE\n"
        "Deputy General Manager, Ocean Freight Division\n"
        "7-1-14 Kaigan-dori, Chuo-ku, Kobe, Hyogo 650-0024, Japan\n"
        "Direct: +81-78-391-6624\n"
        "Main: +81-78-391-6600\n"
        "Fax: +81-78-391-6690\n"
        "t.inoue@seaport-logi.co.jp",
        {
            "name": "Takeshi INOUE",
            "given_name": "Takeshi",
            "family_name": "INOUE",
            "title": "Deputy General Manager, Ocean Freight Division",
            "company": "Seaport Logistics Corporation",
            "emails": ["t.inoue@seaport-logi.co.jp"],
            "phones": [
                {"number": "+81783916624", "kind": "work"},
                {"number": "+81783916600", "kind": "work"},
                {"number": "+81783916690", "kind": "fax"},
            ],
            "websites": [],
            "address": "7-1-14 Kaigan-dori, Chuo-ku, Kobe, Hyogo 650-0024, Japan",
        },
    ),
    (
        "b14-36",
        "The University of Tokyo\n"
        "Graduate School of Engineering\n"
        "Naoko HAYASHI, Ph.D.\n"
        "Associate Professor\n"
        "7-3-1 Hongo, Bunkyo-ku, Tokyo 113-8656, Japan\n"
        "Tel: +81-3-5841-7301\n"
        "hayashi@t.u-tokyo.ac.jp",
        {
            "name": "Naoko HAYASHI",
            "given_name": "Naoko",
            "family_name": "HAYASHI",
            "title": "Associate Professor",
            "company": "The University of Tokyo",
            "emails": ["hayashi@t.u-tokyo.ac.jp"],
            "phones": [{"number": "+81358417301", "kind": "work"}],
            "websites": [],
            "address": "7-3-1 Hongo, Bunkyo-ku, Tokyo 113-8656, Japan",
        },
    ),
    (
        "b14-37",
        "Shota Kobayashi\n"
        "Account Executive\n"
        "Pacific Bridge Advertising Co., Ltd.\n"
        "パシフィックブリッジ広告株式会社\n"
        "Akasaka Biz Tower 28F, 5-3-1 Akasaka, Minato-ku, Tokyo 107-6328, Japan\n"
        "Tel. 03-5575-2180\n"
        "Mobile 070-1248-9935\n"
        "s.kobayashi@pacificbridge-ad.co.jp",
        {
            "name": "Shota Kobayashi",
            "given_name": "Shota",
            "family_name": "Kobayashi",
            "title": "Account Executive",
            "company": "Pacific Bridge Advertising Co., Ltd.",
            "emails": ["s.kobayashi@pacificbridge-ad.co.jp"],
            "phones": [
                {"number": "+81355752180", "kind": "work"},
                {"number": "+817012489935", "kind": "mobile"},
            ],
            "websites": [],
            "address": "Akasaka Biz Tower 28F, 5-3-1 Akasaka, Minato-ku, Tokyo 107-6328, Japan",
        },
    ),
    (
        "b14-38",
        "Miyuki YOSHIDA\n"
        "Chief, Quality Assurance Section\n"
        "Setouchi Shipbuilding Co., Ltd.\n"
        "瀬戸内造船株式会社\n"
        "2-10-3 Showa-cho, Kure, Hiroshima 737-0027, Japan\n"
        "TEL: 0823-21-4471\n"
        "FAX: 0823-21-4479\n"
        "yoshida.m@setouchi-sb.co.jp",
        {
            "name": "Miyuki YOSHIDA",
            "given_name": "Miyuki",
            "family_name": "YOSHIDA",
            "title": "Chief, Quality Assurance Section",
            "company": "Setouchi Shipbuilding Co., Ltd.",
            "emails": ["yoshida.m@setouchi-sb.co.jp"],
            "phones": [{"number": "+81823214471", "kind": "work"}, {"number": "+81823214479", "kind": "fax"}],
            "websites": [],
            "address": "2-10-3 Showa-cho, Kure, Hiroshima 737-0027, Japan",
        },
    ),
    (
        "b14-39",
        "Nordlicht Japan K.K.\n"
        "Haruto SHIMIZU\n"
        "Country Manager, Japan\n"
        "Toranomon Hills Mori Tower 24F\n"
        "1-23-1 Toranomon, Minato-ku, Tokyo 105-6324\n"
        "+81 3 4578 1190 (office)\n"
        "+81 90 7733 5012 (mobile)\n"
        "haruto.shimizu@nordlicht.com\n"
        "www.nordlicht.com/jp",
        {
            "name": "Haruto SHIMIZU",
            "given_name": "Haruto",
            "family_name": "SHIMIZU",
            "title": "Country Manager, Japan",
            "company": "Nordlicht Japan K.K.",
            "emails": ["haruto.shimizu@nordlicht.com"],
            "phones": [
                {"number": "+81345781190", "kind": "work"},
                {"number": "+819077335012", "kind": "mobile"},
            ],
            "websites": ["www.nordlicht.com/jp"],
            "address": "Toranomon Hills Mori Tower 24F, 1-23-1 Toranomon, Minato-ku, Tokyo 105-6324",
        },
    ),
    (
        "b14-40",
        "Sushi Kappo Hanabusa\n"
        "鮨割烹 はなぶさ\n"
        "3-5-8 Ginza, Chuo-ku, Tokyo 104-0061\n"
        "TEL 03-3561-0827\n"
        "Open 17:30–23:00 / Closed Sundays\n"
        "www.hanabusa-ginza.jp",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Sushi Kappo Hanabusa",
            "emails": [],
            "phones": [{"number": "+81335610827", "kind": "work"}],
            "websites": ["www.hanabusa-ginza.jp"],
            "address": "3-5-8 Ginza, Chuo-ku, Tokyo 104-0061",
        },
    ),
    (
        "b14-41",
        "Ryo MATSUMOTO\n"
        "Senior Manager, Energy Business Unit\n"
        "Kaiyo Shoji Co., Ltd.\n"
        "海洋商事株式会社\n"
        "Otemachi Place West Tower 18F\n"
        "2-3-1 Otemachi, Chiyoda-ku, Tokyo 100-8188, Japan\n"
        "Direct Line: +81-3-6262-4138\n"
        "Mobile: +81-80-5510-2276\n"
        "ryo.matsumoto@kaiyoshoji.co.jp",
        {
            "name": "Ryo MATSUMOTO",
            "given_name": "Ryo",
            "family_name": "MATSUMOTO",
            "title": "Senior Manager, Energy Business Unit",
            "company": "Kaiyo Shoji Co., Ltd.",
            "emails": ["ryo.matsumoto@kaiyoshoji.co.jp"],
            "phones": [
                {"number": "+81362624138", "kind": "work"},
                {"number": "+818055102276", "kind": "mobile"},
            ],
            "websites": [],
            "address": "Otemachi Place West Tower 18F, 2-3-1 Otemachi, Chiyoda-ku, Tokyo 100-8188, Japan",
        },
    ),
    (
        "b14-42",
        "Tohoku Green Energy Inc.\n"
        "東北グリーンエナジー株式会社\n"
        "Ayumi SAITO\n"
        "Director, Business Development\n"
        "4-10-3 Chuo, Aoba-ku, Sendai, Miyagi 980-0021, Japan\n"
        "Tel 022-262-8801 / Fax 022-262-8802\n"
        "a.saito@tohoku-green.jp\n"
        "https://www.tohoku-green.jp",
        {
            "name": "Ayumi SAITO",
            "given_name": "Ayumi",
            "family_name": "SAITO",
            "title": "Director, Business Development",
            "company": "Tohoku Green Energy Inc.",
            "emails": ["a.saito@tohoku-green.jp"],
            "phones": [{"number": "+81222628801", "kind": "work"}, {"number": "+81222628802", "kind": "fax"}],
            "websites": ["https://www.tohoku-green.jp"],
            "address": "4-10-3 Chuo, Aoba-ku, Sendai, Miyagi 980-0021, Japan",
        },
    ),
    (
        "b14-43",
        "Daiki YAMAMOTO\n"
        "Sales Engineer\n"
        "Kansai Valve Industries, Ltd.\n"
        "関西バルブ工業株式会社\n"
        "Head Office: 2-3-18 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan\n"
        "TEL: 06-6305-2241\n"
        "FAX: 06-6305-2249\n"
        "E-mail: d.yamamoto@kansai-valve.co.jp\n"
        "URL: http://www.kansai-valve.co.jp",
        {
            "name": "Daiki YAMAMOTO",
            "given_name": "Daiki",
            "family_name": "YAMAMOTO",
            "title": "Sales Engineer",
            "company": "Kansai Valve Industries, Ltd.",
            "emails": ["d.yamamoto@kansai-valve.co.jp"],
            "phones": [{"number": "+81663052241", "kind": "work"}, {"number": "+81663052249", "kind": "fax"}],
            "websites": ["http://www.kansai-valve.co.jp"],
            "address": "2-3-18 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan",
        },
    ),
    (
        "b14-44",
        "Koji Hasegawa\n"
        "Representative Director\n"
        "Hasegawa Architects & Associates\n"
        "長谷川建築設計事務所\n"
        "1-15-9 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan\n"
        "T 03-5772-6640\n"
        "M 090-2748-1163\n"
        "koji@hasegawa-aa.jp\n"
        "www.hasegawa-aa.jp",
        {
            "name": "Koji Hasegawa",
            "given_name": "Koji",
            "family_name": "Hasegawa",
            "title": "Representative Director",
            "company": "Hasegawa Architects & Associates",
            "emails": ["koji@hasegawa-aa.jp"],
            "phones": [
                {"number": "+81357726640", "kind": "work"},
                {"number": "+819027481163", "kind": "mobile"},
            ],
            "websites": ["www.hasegawa-aa.jp"],
            "address": "1-15-9 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan",
        },
    ),
    (
        "b14-45",
        "Fuji Home Solutions Co., Ltd.\n"
        "Emi KIMURA\n"
        "Customer Relations Manager\n"
        "2-11-1 Nihonbashi, Chuo-ku, Tokyo 103-0027\n"
        "Toll Free: 0120-338-417\n"
        "TEL: 03-6809-2274\n"
        "kimura@fuji-home.co.jp\n"
        "www.fuji-home.co.jp",
        {
            "name": "Emi KIMURA",
            "given_name": "Emi",
            "family_name": "KIMURA",
            "title": "Customer Relations Manager",
            "company": "Fuji Home Solutions Co., Ltd.",
            "emails": ["kimura@fuji-home.co.jp"],
            "phones": [{"number": "+81120338417", "kind": None}, {"number": "+81368092274", "kind": "work"}],
            "websites": ["www.fuji-home.co.jp"],
            "address": "2-11-1 Nihonbashi, Chuo-ku, Tokyo 103-0027",
        },
    ),
    (
        "b14-46",
        "Takuya OGAWA\n"
        "Section Manager, Overseas Marketing\n"
        "Enshu Musical Instruments Corporation\n"
        "遠州楽器株式会社\n"
        "10-1 Nakazawa-cho, Naka-ku, Hamamatsu, Shizuoka 430-0904, Japan\n"
        "Tel: +81-53-460-3318\n"
        "Fax: +81-53-460-3390\n"
        "takuya.ogawa@enshu-gakki.co.jp",
        {
            "name": "Takuya OGAWA",
            "given_name": "Takuya",
            "family_name": "OGAWA",
            "title": "Section Manager, Overseas Marketing",
            "company": "Enshu Musical Instruments Corporation",
            "emails": ["takuya.ogawa@enshu-gakki.co.jp"],
            "phones": [{"number": "+81534603318", "kind": "work"}, {"number": "+81534603390", "kind": "fax"}],
            "websites": [],
            "address": "10-1 Nakazawa-cho, Naka-ku, Hamamatsu, Shizuoka 430-0904, Japan",
        },
    ),
    (
        "b14-47",
        "Ren FUJITA\n"
        "Freelance Translator\n"
        "Mobile: +81-90-6621-4408\n"
        "ren.fujita.translation@gmail.com\n"
        "www.renfujita.com\n"
        "Fukuoka, Japan",
        {
            "name": "Ren FUJITA",
            "given_name": "Ren",
            "family_name": "FUJITA",
            "title": "Freelance Translator",
            "company": None,
            "emails": ["ren.fujita.translation@gmail.com"],
            "phones": [{"number": "+819066214408", "kind": "mobile"}],
            "websites": ["www.renfujita.com"],
            "address": "Fukuoka, Japan",
        },
    ),
    (
        "b14-48",
        "OKADA Yusuke\n"
        "Assistant Section Chief, Procurement Dept.\n"
        "Kitakami Steel Corporation\n"
        "北上製鋼株式会社\n"
        "3-8-1 Asano, Kokurakita-ku, Kitakyushu, Fukuoka 802-0001, Japan\n"
        "TEL 093-521-7734\n"
        "FAX 093-521-7735\n"
        "okada-y@kitakami-steel.co.jp",
        {
            "name": "OKADA Yusuke",
            "given_name": "Yusuke",
            "family_name": "OKADA",
            "title": "Assistant Section Chief, Procurement Dept.",
            "company": "Kitakami Steel Corporation",
            "emails": ["okada-y@kitakami-steel.co.jp"],
            "phones": [{"number": "+81935217734", "kind": "work"}, {"number": "+81935217735", "kind": "fax"}],
            "websites": [],
            "address": "3-8-1 Asano, Kokurakita-ku, Kitakyushu, Fukuoka 802-0001, Japan",
            "_region_arg": "JP",
        },
    ),
    (
        "b14-49",
        "The Shinonome Bank, Ltd.\n"
        "東雲銀行\n"
        "Mariko ISHII\n"
        "Vice President, Global Corporate Banking Dept.\n"
        "1-6-5 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan\n"
        "Tel: 03-3241-5508\n"
        "m.ishii@shinonome-bank.co.jp",
        {
            "name": "Mariko ISHII",
            "given_name": "Mariko",
            "family_name": "ISHII",
            "title": "Vice President, Global Corporate Banking Dept.",
            "company": "The Shinonome Bank, Ltd.",
            "emails": ["m.ishii@shinonome-bank.co.jp"],
            "phones": [{"number": "+81332415508", "kind": "work"}],
            "websites": [],
            "address": "1-6-5 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan",
        },
    ),
    (
        "b14-50",
        "株式会社ミドリ化学\n"
        "Midori Chemical Co., Ltd.\n"
        "営業部 部長\n"
        "山口 健一\n"
        "Kenichi YAMAGUCHI\n"
        "General Manager, Sales Dept.\n"
        "〒530-0001 大阪市北区梅田2-5-10\n"
        "2-5-10 Umeda, Kita-ku, Osaka 530-0001, Japan\n"
        "TEL 06-6345-1270  FAX 06-6345-1271\n"
        "k-yamaguchi@midori-chem.co.jp",
        {
            "name": "Kenichi YAMAGUCHI",
            "given_name": "Kenichi",
            "family_name": "YAMAGUCHI",
            "title": "General Manager, Sales Dept.",
            "company": "Midori Chemical Co., Ltd.",
            "emails": ["k-yamaguchi@midori-chem.co.jp"],
            "phones": [{"number": "+81663451270", "kind": "work"}, {"number": "+81663451271", "kind": "fax"}],
            "websites": [],
            "address": "2-5-10 Umeda, Kita-ku, Osaka 530-0001, Japan",
        },
    ),
]

INTL: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b14-51",
        "Harrowgate Partners LLP\n"
        "Oliver J. Pennington\n"
        "Senior Associate\n"
        "22 Bishopsgate\n"
        "London EC2N 4BQ\n"
        "United Kingdom\n"
        "T +44 (0)20 7183 4420\n"
        "M +44 (0)7912 448 306\n"
        "o.pennington@harrowgatepartners.co.uk\n"
        "www.harrowgatepartners.co.uk",
        {
            "name": "Oliver J. Pennington",
            "given_name": "Oliver",
            "family_name": "Pennington",
            "title": "Senior Associate",
            "company": "Harrowgate Partners LLP",
            "emails": ["o.pennington@harrowgatepartners.co.uk"],
            "phones": [
                {"number": "+442071834420", "kind": "work"},
                {"number": "+447912448306", "kind": "mobile"},
            ],
            "websites": ["www.harrowgatepartners.co.uk"],
            "address": "22 Bishopsgate, London EC2N 4BQ, United Kingdom",
        },
    ),
    (
        "b14-52",
        "THE COPPER KETTLE\n"
        "Tea Room & Bakery\n"
        "14 High Street\n"
        "Stow-on-the-Wold\n"
        "Cheltenham GL54 1AB\n"
        "01451 830 612\n"
        "hello@copperkettlestow.co.uk\n"
        "www.copperkettlestow.co.uk",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "THE COPPER KETTLE",
            "emails": ["hello@copperkettlestow.co.uk"],
            "phones": [{"number": "+441451830612", "kind": None}],
            "websites": ["www.copperkettlestow.co.uk"],
            "address": "14 High Street, Stow-on-the-Wold, Cheltenham GL54 1AB",
            "_region_arg": "GB",
        },
    ),
    (
        "b14-53",
        "Brenner Maschinenbau GmbH\n"
        "Dr.-Ing. Katrin Albers\n"
        "Leiterin Vertrieb International\n"
        "Industriestraße 14\n"
        "70565 Stuttgart\n"
        "Germany\n"
        "Tel. +49 711 7820 3341\n"
        "Mobil +49 171 4482 609\n"
        "Fax +49 711 7820 3399\n"
        "k.albers@brenner-maschinenbau.de\n"
        "www.brenner-maschinenbau.de",
        {
            "name": "Katrin Albers",
            "given_name": "Katrin",
            "family_name": "Albers",
            "title": "Leiterin Vertrieb International",
            "company": "Brenner Maschinenbau GmbH",
            "emails": ["k.albers@brenner-maschinenbau.de"],
            "phones": [
                {"number": "+4971178203341", "kind": "work"},
                {"number": "+491714482609", "kind": "mobile"},
                {"number": "+4971178203399", "kind": "fax"},
            ],
            "websites": ["www.brenner-maschinenbau.de"],
            "address": "Industriestraße 14, 70565 Stuttgart, Germany",
        },
    ),
    (
        "b14-54",
        "Buchhandlung Lindenblatt\n"
        "Bücher · Karten · Geschenke\n"
        "Lindenstraße 27\n"
        "50674 Köln\n"
        "Tel. 0221 2406 118\n"
        "info@lindenblatt-koeln.de\n"
        "www.lindenblatt-koeln.de",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Buchhandlung Lindenblatt",
            "emails": ["info@lindenblatt-koeln.de"],
            "phones": [{"number": "+492212406118", "kind": "work"}],
            "websites": ["www.lindenblatt-koeln.de"],
            "address": "Lindenstraße 27, 50674 Köln",
            "_region_arg": "DE",
        },
    ),
    (
        "b14-55",
        "Straits Harbour Capital Pte. Ltd.\n"
        "Tan Wei Ming\n"
        "Vice President, Investments\n"
        "8 Marina View, #32-05 Asia Square Tower 1\n"
        "Singapore 018960\n"
        "T +65 6823 4471\n"
        "M +65 9178 2364\n"
        "weiming.tan@straitsharbour.com.sg\n"
        "www.straitsharbour.com.sg",
        {
            "name": "Tan Wei Ming",
            "given_name": "Wei Ming",
            "family_name": "Tan",
            "title": "Vice President, Investments",
            "company": "Straits Harbour Capital Pte. Ltd.",
            "emails": ["weiming.tan@straitsharbour.com.sg"],
            "phones": [
                {"number": "+6568234471", "kind": "work"},
                {"number": "+6591782364", "kind": "mobile"},
            ],
            "websites": ["www.straitsharbour.com.sg"],
            "address": "8 Marina View, #32-05 Asia Square Tower 1, Singapore 018960",
        },
    ),
    (
        "b14-56",
        "Petal & Stem Florist\n"
        "Blk 531 Upper Cross Street\n"
        "#01-46 Hong Lim Complex\n"
        "Singapore 050531\n"
        "Tel: 6532 7710\n"
        "WhatsApp: 9021 5538\n"
        "orders@petalandstem.sg\n"
        "www.petalandstem.sg",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Petal & Stem Florist",
            "emails": ["orders@petalandstem.sg"],
            "phones": [
                {"number": "+6565327710", "kind": "work"},
                {"number": "+6590215538", "kind": "mobile"},
            ],
            "websites": ["www.petalandstem.sg"],
            "address": "Blk 531 Upper Cross Street, #01-46 Hong Lim Complex, Singapore 050531",
            "_region_arg": "SG",
        },
    ),
    (
        "b14-57",
        "Sharma & Iyer Associates\n"
        "Chartered Accountants\n"
        "CA Rohit Sharma\n"
        "Partner\n"
        "B-204, Kailash Business Park\n"
        "Veer Savarkar Marg, Vikhroli (W)\n"
        "Mumbai 400079\n"
        "+91 22 4971 2284\n"
        "+91 98201 47736\n"
        "rohit@sharmaiyer.in\n"
        "www.sharmaiyer.in",
        {
            "name": "Rohit Sharma",
            "given_name": "Rohit",
            "family_name": "Sharma",
            "title": "Partner",
            "company": "Sharma & Iyer Associates",
            "emails": ["rohit@sharmaiyer.in"],
            "phones": [
                {"number": "+912249712284", "kind": None},
                {"number": "+919820147736", "kind": "mobile"},
            ],
            "websites": ["www.sharmaiyer.in"],
            "address": "B-204, Kailash Business Park, Veer Savarkar Marg, Vikhroli (W), Mumbai 400079",
        },
    ),
    (
        "b14-58",
        "Ananya Krishnan\n"
        "Senior Product Manager\n"
        "Tanjore Software Labs Pvt. Ltd.\n"
        "No. 42, 3rd Floor, 100 Feet Road\n"
        "Indiranagar, Bengaluru 560038\n"
        "Karnataka, India\n"
        "Off: +91 80 4123 9087\n"
        "Mob: +91 99860 31245\n"
        "ananya.k@tanjorelabs.com\n"
        "www.tanjorelabs.com",
        {
            "name": "Ananya Krishnan",
            "given_name": "Ananya",
            "family_name": "Krishnan",
            "title": "Senior Product Manager",
            "company": "Tanjore Software Labs Pvt. Ltd.",
            "emails": ["ananya.k@tanjorelabs.com"],
            "phones": [
                {"number": "+918041239087", "kind": "work"},
                {"number": "+919986031245", "kind": "mobile"},
            ],
            "websites": ["www.tanjorelabs.com"],
            "address": "No. 42, 3rd Floor, 100 Feet Road, Indiranagar, Bengaluru 560038, Karnataka, India",
        },
    ),
    (
        "b14-59",
        "Coastline Property Group\n"
        "Mitchell R. Davies\n"
        "Sales Agent\n"
        "Shop 3, 112 Hastings Street\n"
        "Noosa Heads QLD 4567\n"
        "Ph (07) 5447 3120\n"
        "Mob 0412 638 475\n"
        "mitchell@coastlineproperty.com.au\n"
        "coastlineproperty.com.au",
        {
            "name": "Mitchell R. Davies",
            "given_name": "Mitchell",
            "family_name": "Davies",
            "title": "Sales Agent",
            "company": "Coastline Property Group",
            "emails": ["mitchell@coastlineproperty.com.au"],
            "phones": [
                {"number": "+61754473120", "kind": "work"},
                {"number": "+61412638475", "kind": "mobile"},
            ],
            "websites": ["coastlineproperty.com.au"],
            "address": "Shop 3, 112 Hastings Street, Noosa Heads QLD 4567",
            "_region_arg": "AU",
        },
    ),
    (
        "b14-60",
        "Harbourside Cycles\n"
        "Sales • Service • Hire\n"
        "45 Pyrmont Bridge Road\n"
        "Pyrmont NSW 2009\n"
        "Australia\n"
        "+61 2 9660 4418\n"
        "ride@harboursidecycles.com.au\n"
        "www.harboursidecycles.com.au",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Harbourside Cycles",
            "emails": ["ride@harboursidecycles.com.au"],
            "phones": [{"number": "+61296604418", "kind": None}],
            "websites": ["www.harboursidecycles.com.au"],
            "address": "45 Pyrmont Bridge Road, Pyrmont NSW 2009, Australia",
        },
    ),
]
