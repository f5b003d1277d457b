"""A third blind hold-out of card texts -> expected contact fields.

Written without reading the parser or the earlier tables (only the header of tests/parse_blind2.py and
/work/shared/CONTRACT.md were read). It imitates three sources: OCR of flat-bed scans of US business cards
(realtors, lawyers, doctors, dentists, CPAs, engineers, trades, startups, restaurants, banks, universities,
government offices, nonprofits, hotels), with the stray characters that icons become (©, ®, ™, ¢, a lone
0 or 6 before a number), `|` separators, one-letter labels (T, P, O, M, C, F, D), extensions, toll-free
numbers, licence numbers and taglines; OCR of phone photos of Japanese cards printed partly in English, with
the lines of junk that Tesseract's English model makes of Japanese script (including `〒` postal codes read as
`T107-0052` or `F103-0013`); and international cards (GB, DE, FR, AU, SG, IN, CA, NL, BR, MX) with local
phone formats. Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones`
maps E.164 to kind; `region` is the ISO 3166 alpha-2 region for numbers printed without a country code.

Conventions (the same as tests/parse_blind2.py):
- `name` as printed in reading order, without honorifics (Dr., Ing., Dipl.-Ing.) or post-nominals (DDS, MD,
  CPA, Esq., PE, PMP, DVM, AIA, CFP, RIBA, Ph.D.); ALL-CAPS names are stored title-cased; for Japanese names
  the word in capitals is the family name (`SATO Kenji` -> name "Sato Kenji", given "Kenji", family "Sato";
  `Kenta HIRANO` -> name "Kenta Hirano", given "Kenta", family "Hirano"). A card that prints the person's
  name only in Japanese script (so OCR gives junk) has name None; a card naming no person has name None.
- phone kinds: Tel/Phone/Office/Main/Direct/Toll free/Free Dial/Freephone/unlabelled landline -> work;
  Mobile/Cell/Mob/HP/Cel/Call or Text -> mobile; Fax -> fax; an unlabelled JP 070/080/090, AU 04, UK 07,
  IN 9x, BR 9xxxx-xxxx number -> mobile. Extensions are not part of the E.164 number.
- taglines, slogans, "Licensed & Insured", department and division lines are neither title nor company;
  a title on the same line as a department is kept whole.
- licence, NMLS, DRE, ABN and ASHI numbers are not phones.
- the address is compared loosely (same words, order and punctuation free); printed lines are joined with
  ", ". JP addresses that OCR turned into junk are not checked.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = [
    (
        "b3-us-realtor-cell-office",
        "KELLER RIDGE REALTY\n"
        "Amanda Whitfield\n"
        "REALTOR®\n"
        "Cell: 512.784.3310\n"
        "Office: 512.331.0900\n"
        "amanda@kellerridgerealty.com\n"
        "www.kellerridgerealty.com\n"
        "4501 Spicewood Springs Rd, Ste 120\n"
        "Austin, TX 78759",
        {
            "name": "Amanda Whitfield",
            "given_name": "Amanda",
            "family_name": "Whitfield",
            "title": "Realtor",
            "company": "Keller Ridge Realty",
            "emails": ["amanda@kellerridgerealty.com"],
            "phones": {"+15127843310": "mobile", "+15123310900": "work"},
            "websites": ["www.kellerridgerealty.com"],
            "address": "4501 Spicewood Springs Rd, Ste 120, Austin, TX 78759",
            "region": "US",
        },
    ),
    (
        "b3-us-law-partner-esq-pipe",
        "HARTWELL & BLAINE LLP\n"
        "Attorneys at Law\n"
        "Daniel R. Okafor, Esq.\n"
        "Partner\n"
        "T: 617.426.3180 | F: 617.426.3199\n"
        "dokafor@hartwellblaine.com\n"
        "One Federal Street, 22nd Floor\n"
        "Boston, MA 02110",
        {
            "name": "Daniel R. Okafor",
            "given_name": "Daniel",
            "family_name": "Okafor",
            "title": "Partner",
            "company": "Hartwell & Blaine LLP",
            "emails": ["dokafor@hartwellblaine.com"],
            "phones": {"+16174263180": "work", "+16174263199": "fax"},
            "websites": [],
            "address": "One Federal Street, 22nd Floor, Boston, MA 02110",
            "region": "US",
        },
    ),
    (
        "b3-us-dentist-dds-p-f-labels",
        "Bright Harbor Dental\n"
        "Dr. Melissa Chen, DDS\n"
        "P. (425) 643-2218\n"
        "F. (425) 643-2219\n"
        "frontdesk@brightharbordental.com\n"
        "brightharbordental.com\n"
        "1520 140th Ave NE, Suite 204\n"
        "Bellevue, WA 98005",
        {
            "name": "Melissa Chen",
            "given_name": "Melissa",
            "family_name": "Chen",
            "title": None,
            "company": "Bright Harbor Dental",
            "emails": ["frontdesk@brightharbordental.com"],
            "phones": {"+14256432218": "work", "+14256432219": "fax"},
            "websites": ["brightharbordental.com"],
            "address": "1520 140th Ave NE, Suite 204, Bellevue, WA 98005",
            "region": "US",
        },
    ),
    (
        "b3-us-surgeon-md-main-direct-fax",
        "NORTHSHORE ORTHOPEDIC ASSOCIATES\n"
        "Jonathan P. Reyes, MD\n"
        "Orthopaedic Surgeon\n"
        "Sports Medicine & Joint Replacement\n"
        "Main 847.570.4100\n"
        "Direct 847.570.4138\n"
        "Fax 847.570.4101\n"
        "2150 Pfingsten Road, Suite 300\n"
        "Glenview, IL 60026",
        {
            "name": "Jonathan P. Reyes",
            "given_name": "Jonathan",
            "family_name": "Reyes",
            "title": "Orthopaedic Surgeon",
            "company": "Northshore Orthopedic Associates",
            "emails": [],
            "phones": {"+18475704100": "work", "+18475704138": "work", "+18475704101": "fax"},
            "address": "2150 Pfingsten Road, Suite 300, Glenview, IL 60026",
            "region": "US",
        },
    ),
    (
        "b3-us-cpa-ext-x-one-line-address",
        "Linda M. Sorensen, CPA\n"
        "Tax Manager\n"
        "BECKER SORENSEN & CO.\n"
        "Certified Public Accountants\n"
        "T 303.298.7715 x204\n"
        "F 303.298.7790\n"
        "lsorensen@beckersorensen.com\n"
        "1700 Lincoln St. Ste 2550 | Denver, CO 80203",
        {
            "name": "Linda M. Sorensen",
            "given_name": "Linda",
            "family_name": "Sorensen",
            "title": "Tax Manager",
            "company": "Becker Sorensen & Co.",
            "emails": ["lsorensen@beckersorensen.com"],
            "phones": {"+13032987715": "work", "+13032987790": "fax"},
            "address": "1700 Lincoln St. Ste 2550, Denver, CO 80203",
            "region": "US",
        },
    ),
    (
        "b3-us-engineer-pe-lone-zero-icon",
        "©\n"
        "MERIDIAN STRUCTURAL ENGINEERING\n"
        "Kevin T. Walsh, P.E.\n"
        "Principal Structural Engineer\n"
        "0 (614) 487-3392\n"
        "kwalsh@meridianse.com\n"
        "www.meridianse.com",
        {
            "name": "Kevin T. Walsh",
            "given_name": "Kevin",
            "family_name": "Walsh",
            "title": "Principal Structural Engineer",
            "company": "Meridian Structural Engineering",
            "emails": ["kwalsh@meridianse.com"],
            "phones": {"+16144873392": "work"},
            "websites": ["www.meridianse.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-pmp-department-m-o-ext",
        "Rachel Nguyen, PMP\n"
        "Senior Project Manager\n"
        "Digital Transformation Practice\n"
        "Corvalis Technology Group\n"
        "M: 469-812-5530\n"
        "O: 972-661-2040 ext. 318\n"
        "rachel.nguyen@corvalistech.com",
        {
            "name": "Rachel Nguyen",
            "given_name": "Rachel",
            "family_name": "Nguyen",
            "title": "Senior Project Manager",
            "company": "Corvalis Technology Group",
            "emails": ["rachel.nguyen@corvalistech.com"],
            "phones": {"+14698125530": "mobile", "+19726612040": "work"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-restaurant-no-person",
        "THE SALT & CEDAR KITCHEN\n"
        "Farm to Table Since 2009\n"
        "218 N. Tryon Street\n"
        "Charlotte, NC 28202\n"
        "(704) 377-6620\n"
        "reservations@saltandcedar.com\n"
        "www.saltandcedar.com",
        {
            "name": None,
            "title": None,
            "company": "The Salt & Cedar Kitchen",
            "emails": ["reservations@saltandcedar.com"],
            "phones": {"+17043776620": "work"},
            "websites": ["www.saltandcedar.com"],
            "address": "218 N. Tryon Street, Charlotte, NC 28202",
            "region": "US",
        },
    ),
    (
        "b3-us-plumber-licence-not-phone",
        "RIVERA PLUMBING & DRAIN\n"
        "Licensed & Insured • Lic# ROC 238217\n"
        "Hector Rivera\n"
        "Owner\n"
        "24/7 Emergency Service\n"
        "(602) 944-1187\n"
        "Cell (602) 318-2764\n"
        "riveraplumbingaz@gmail.com",
        {
            "name": "Hector Rivera",
            "given_name": "Hector",
            "family_name": "Rivera",
            "title": "Owner",
            "company": "Rivera Plumbing & Drain",
            "emails": ["riveraplumbingaz@gmail.com"],
            "phones": {"+16029441187": "work", "+16023182764": "mobile"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-university-professor-room",
        "HALVERSON UNIVERSITY\n"
        "Department of Mechanical Engineering\n"
        "Priya Raman, Ph.D.\n"
        "Associate Professor\n"
        "Engineering Hall, Room 214\n"
        "410 University Avenue\n"
        "Madison, WI 53706\n"
        "Tel 608-262-4417\n"
        "praman@halverson.edu",
        {
            "name": "Priya Raman",
            "given_name": "Priya",
            "family_name": "Raman",
            "title": "Associate Professor",
            "company": "Halverson University",
            "emails": ["praman@halverson.edu"],
            "phones": {"+16082624417": "work"},
            "address": "Engineering Hall, Room 214, 410 University Avenue, Madison, WI 53706",
            "region": "US",
        },
    ),
    (
        "b3-us-city-government-public-works",
        "CITY OF LARKSPUR HILLS\n"
        "Public Works Department\n"
        "Thomas J. Becker\n"
        "Utilities Superintendent\n"
        "12800 Arbor Lakes Parkway\n"
        "Larkspur Hills, MN 55369\n"
        "Office: 763-494-6350\n"
        "Mobile: 612-719-0843\n"
        "tbecker@larkspurhillsmn.gov",
        {
            "name": "Thomas J. Becker",
            "given_name": "Thomas",
            "family_name": "Becker",
            "title": "Utilities Superintendent",
            "company": "City of Larkspur Hills",
            "emails": ["tbecker@larkspurhillsmn.gov"],
            "phones": {"+17634946350": "work", "+16127190843": "mobile"},
            "address": "12800 Arbor Lakes Parkway, Larkspur Hills, MN 55369",
            "region": "US",
        },
    ),
    (
        "b3-us-startup-lowercase-logo",
        "loopwise\nMaya Goldberg\nCo-Founder & CEO\nmaya@loopwise.io\n+1 415 802 3357\nloopwise.io",
        {
            "name": "Maya Goldberg",
            "given_name": "Maya",
            "family_name": "Goldberg",
            "title": "Co-Founder & CEO",
            "company": "loopwise",
            "emails": ["maya@loopwise.io"],
            "phones": {"+14158023357": "work"},
            "websites": ["loopwise.io"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-insurance-toll-free-po-box",
        "Summit Shield Insurance Agency\n"
        "Brian K. Mallory, LUTCF\n"
        "Insurance Agent\n"
        "Direct: (816) 421-7730\n"
        "Toll Free: 1-800-736-4412\n"
        "Fax: (816) 421-7799\n"
        "bmallory@summitshield.com\n"
        "PO Box 4471\n"
        "Kansas City, MO 64127",
        {
            "name": "Brian K. Mallory",
            "given_name": "Brian",
            "family_name": "Mallory",
            "title": "Insurance Agent",
            "company": "Summit Shield Insurance Agency",
            "emails": ["bmallory@summitshield.com"],
            "phones": {"+18164217730": "work", "+18007364412": "work", "+18164217799": "fax"},
            "address": "PO Box 4471, Kansas City, MO 64127",
            "region": "US",
        },
    ),
    (
        "b3-us-allcaps-name-company-after-c-p-f",
        "MARCUS J. DELANEY\n"
        "Regional Sales Director\n"
        "Midwest Region\n"
        "ARGENT INDUSTRIAL SUPPLY CO.\n"
        "C 314.805.2291\n"
        "P 314.432.6600\n"
        "F 314.432.6610\n"
        "mdelaney@argentsupply.com\n"
        "www.argentsupply.com",
        {
            "name": "Marcus J. Delaney",
            "given_name": "Marcus",
            "family_name": "Delaney",
            "title": "Regional Sales Director",
            "company": "Argent Industrial Supply Co.",
            "emails": ["mdelaney@argentsupply.com"],
            "phones": {"+13148052291": "mobile", "+13144326600": "work", "+13144326610": "fax"},
            "websites": ["www.argentsupply.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-stray-icon-characters",
        "® Coastal Breeze Property Management\n"
        "Jessica Alvarez\n"
        "Leasing Consultant\n"
        "¢ 904.268.3340\n"
        "™ jalvarez@coastalbreezepm.com\n"
        "© 7860 Gate Pkwy #122, Jacksonville, FL 32256",
        {
            "name": "Jessica Alvarez",
            "given_name": "Jessica",
            "family_name": "Alvarez",
            "title": "Leasing Consultant",
            "company": "Coastal Breeze Property Management",
            "emails": ["jalvarez@coastalbreezepm.com"],
            "phones": {"+19042683340": "work"},
            "address": "7860 Gate Pkwy #122, Jacksonville, FL 32256",
            "region": "US",
        },
    ),
    (
        "b3-us-realtor-trailing-labels-dre",
        "DAVID PARK\n"
        "Broker Associate\n"
        "DRE #01928374\n"
        "(858) 349-2270 cell\n"
        "(858) 481-7700 office\n"
        "david.park@pacificcrestre.com\n"
        "PACIFIC CREST REAL ESTATE\n"
        "12730 High Bluff Dr, San Diego, CA 92130",
        {
            "name": "David Park",
            "given_name": "David",
            "family_name": "Park",
            "title": "Broker Associate",
            "company": "Pacific Crest Real Estate",
            "emails": ["david.park@pacificcrestre.com"],
            "phones": {"+18583492270": "mobile", "+18584817700": "work"},
            "address": "12730 High Bluff Dr, San Diego, CA 92130",
            "region": "US",
        },
    ),
    (
        "b3-us-chiropractor-dc",
        "Align Family Chiropractic\n"
        "Dr. Nathan Brooks, D.C.\n"
        "Chiropractor\n"
        "O: 615-373-8420\n"
        "F: 615-373-8421\n"
        "info@alignfamilychiro.com\n"
        "www.alignfamilychiro.com\n"
        "7105 Crossroads Blvd, Ste 105\n"
        "Brentwood, TN 37027",
        {
            "name": "Nathan Brooks",
            "given_name": "Nathan",
            "family_name": "Brooks",
            "title": "Chiropractor",
            "company": "Align Family Chiropractic",
            "emails": ["info@alignfamilychiro.com"],
            "phones": {"+16153738420": "work", "+16153738421": "fax"},
            "websites": ["www.alignfamilychiro.com"],
            "address": "7105 Crossroads Blvd, Ste 105, Brentwood, TN 37027",
            "region": "US",
        },
    ),
    (
        "b3-us-bank-vp-nmls",
        "FIRST LANTERN BANK\n"
        "Member FDIC\n"
        "Olivia Hart\n"
        "Vice President, Commercial Lending\n"
        "NMLS# 1482290\n"
        "Direct 801.325.6614\n"
        "Mobile 801.910.4478\n"
        "olivia.hart@firstlanternbank.com\n"
        "60 E South Temple, Suite 900\n"
        "Salt Lake City, UT 84111",
        {
            "name": "Olivia Hart",
            "given_name": "Olivia",
            "family_name": "Hart",
            "title": "Vice President, Commercial Lending",
            "company": "First Lantern Bank",
            "emails": ["olivia.hart@firstlanternbank.com"],
            "phones": {"+18013256614": "work", "+18019104478": "mobile"},
            "address": "60 E South Temple, Suite 900, Salt Lake City, UT 84111",
            "region": "US",
        },
    ),
    (
        "b3-us-architect-aia-leed",
        "Studio Ferro Architects\n"
        "ANDREW FERRO, AIA, LEED AP\n"
        "Principal Architect\n"
        "503.226.4410\n"
        "aferro@studioferro.com\n"
        "studioferro.com\n"
        "1120 NW Couch St, Suite 210 | Portland, OR 97209",
        {
            "name": "Andrew Ferro",
            "given_name": "Andrew",
            "family_name": "Ferro",
            "title": "Principal Architect",
            "company": "Studio Ferro Architects",
            "emails": ["aferro@studioferro.com"],
            "phones": {"+15032264410": "work"},
            "websites": ["studioferro.com"],
            "address": "1120 NW Couch St, Suite 210, Portland, OR 97209",
            "region": "US",
        },
    ),
    (
        "b3-us-consultant-tel-ext-cell",
        "Halcyon Advisory Partners\n"
        "Stephen Wu\n"
        "Managing Director\n"
        "Strategy & Operations\n"
        "Tel 212.697.4300 x2217\n"
        "Cell 917.482.6651\n"
        "swu@halcyonadvisory.com\n"
        "405 Lexington Avenue, 38th Floor\n"
        "New York, NY 10174",
        {
            "name": "Stephen Wu",
            "given_name": "Stephen",
            "family_name": "Wu",
            "title": "Managing Director",
            "company": "Halcyon Advisory Partners",
            "emails": ["swu@halcyonadvisory.com"],
            "phones": {"+12126974300": "work", "+19174826651": "mobile"},
            "address": "405 Lexington Avenue, 38th Floor, New York, NY 10174",
            "region": "US",
        },
    ),
    (
        "b3-us-auto-shop-slash-title",
        "JOE'S AUTO & TIRE\n"
        "Family Owned Since 1987\n"
        "Joe Castellano\n"
        "Owner / Master Technician\n"
        "(405) 728-3319\n"
        "Fax (405) 728-3320\n"
        "joesautotire@yahoo.com\n"
        "3301 N MacArthur Blvd\n"
        "Oklahoma City, OK 73122",
        {
            "name": "Joe Castellano",
            "given_name": "Joe",
            "family_name": "Castellano",
            "title": "Owner / Master Technician",
            "company": "Joe's Auto & Tire",
            "emails": ["joesautotire@yahoo.com"],
            "phones": {"+14057283319": "work", "+14057283320": "fax"},
            "address": "3301 N MacArthur Blvd, Oklahoma City, OK 73122",
            "region": "US",
        },
    ),
    (
        "b3-us-nonprofit-tagline-ext",
        "Harbor Light Food Alliance\n"
        "Feeding Families Across the Bay\n"
        "Grace Okonkwo\n"
        "Development Coordinator\n"
        "P 510.836.2241 ext. 15\n"
        "gokonkwo@harborlightfood.org\n"
        "www.harborlightfood.org\n"
        "PO Box 2291, Oakland, CA 94621",
        {
            "name": "Grace Okonkwo",
            "given_name": "Grace",
            "family_name": "Okonkwo",
            "title": "Development Coordinator",
            "company": "Harbor Light Food Alliance",
            "emails": ["gokonkwo@harborlightfood.org"],
            "phones": {"+15108362241": "work"},
            "websites": ["www.harborlightfood.org"],
            "address": "PO Box 2291, Oakland, CA 94621",
            "region": "US",
        },
    ),
    (
        "b3-us-hotel-t-d-m-plus-one",
        "THE WINSLOW HOTEL\n"
        "Carlos Mendoza\n"
        "Director of Sales & Marketing\n"
        "T: +1 312 846 2200\n"
        "D: +1 312 846 2237\n"
        "M: +1 773 395 1180\n"
        "cmendoza@thewinslowhotel.com\n"
        "thewinslowhotel.com\n"
        "540 N Wabash Ave, Chicago, IL 60611",
        {
            "name": "Carlos Mendoza",
            "given_name": "Carlos",
            "family_name": "Mendoza",
            "title": "Director of Sales & Marketing",
            "company": "The Winslow Hotel",
            "emails": ["cmendoza@thewinslowhotel.com"],
            "phones": {"+13128462200": "work", "+13128462237": "work", "+17733951180": "mobile"},
            "websites": ["thewinslowhotel.com"],
            "address": "540 N Wabash Ave, Chicago, IL 60611",
            "region": "US",
        },
    ),
    (
        "b3-us-vet-dvm-lone-six-icon",
        "Prairie Paws Veterinary Clinic\n"
        "Emily Sanders, DVM\n"
        "Associate Veterinarian\n"
        "6 (316) 634-2280\n"
        "emily@prairiepawsvet.com\n"
        "8404 W 21st St N, Wichita, KS 67205",
        {
            "name": "Emily Sanders",
            "given_name": "Emily",
            "family_name": "Sanders",
            "title": "Associate Veterinarian",
            "company": "Prairie Paws Veterinary Clinic",
            "emails": ["emily@prairiepawsvet.com"],
            "phones": {"+13166342280": "work"},
            "address": "8404 W 21st St N, Wichita, KS 67205",
            "region": "US",
        },
    ),
    (
        "b3-us-wealth-advisor-cfp-toll-free",
        "Northgate Wealth Management\n"
        "Robert A. Hensley, CFP®, ChFC®\n"
        "Senior Wealth Advisor\n"
        "Phone: 704.943.5510\n"
        "Toll Free: 888.402.7761\n"
        "Fax: 704.943.5519\n"
        "robert.hensley@northgatewm.com\n"
        "6000 Fairview Road, Suite 1200\n"
        "Charlotte, NC 28210",
        {
            "name": "Robert A. Hensley",
            "given_name": "Robert",
            "family_name": "Hensley",
            "title": "Senior Wealth Advisor",
            "company": "Northgate Wealth Management",
            "emails": ["robert.hensley@northgatewm.com"],
            "phones": {"+17049435510": "work", "+18884027761": "work", "+17049435519": "fax"},
            "address": "6000 Fairview Road, Suite 1200, Charlotte, NC 28210",
            "region": "US",
        },
    ),
    (
        "b3-us-electrician-bullets-licence",
        "BRIGHTLINE ELECTRIC LLC\n"
        "Residential • Commercial • Industrial\n"
        "Mike Dunleavy\n"
        "Master Electrician\n"
        "Lic. #EC13005672\n"
        "Office 407-295-8812\n"
        "Cell 407-619-3354\n"
        "mike@brightlineelectric.net",
        {
            "name": "Mike Dunleavy",
            "given_name": "Mike",
            "family_name": "Dunleavy",
            "title": "Master Electrician",
            "company": "Brightline Electric LLC",
            "emails": ["mike@brightlineelectric.net"],
            "phones": {"+14072958812": "work", "+14076193354": "mobile"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-pharma-rep-lowercase-m",
        "Jennifer L. Ortiz\n"
        "Territory Manager, Neuroscience\n"
        "VALENCE THERAPEUTICS\n"
        "m 267.303.8814\n"
        "jortiz@valencetx.com",
        {
            "name": "Jennifer L. Ortiz",
            "given_name": "Jennifer",
            "family_name": "Ortiz",
            "title": "Territory Manager, Neuroscience",
            "company": "Valence Therapeutics",
            "emails": ["jortiz@valencetx.com"],
            "phones": {"+12673038814": "mobile"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-solo-attorney-law-office",
        "LAW OFFICE OF MARIA T. GUTIERREZ\n"
        "Immigration & Family Law\n"
        "Maria T. Gutierrez, Esq.\n"
        "Attorney at Law\n"
        "Tel: (305) 442-9617\n"
        "Fax: (305) 442-9618\n"
        "mgutierrez@gutierrezlawmiami.com\n"
        "2655 S Le Jeune Rd, Suite 808\n"
        "Coral Gables, FL 33134",
        {
            "name": "Maria T. Gutierrez",
            "given_name": "Maria",
            "family_name": "Gutierrez",
            "title": "Attorney at Law",
            "company": "Law Office of Maria T. Gutierrez",
            "emails": ["mgutierrez@gutierrezlawmiami.com"],
            "phones": {"+13054429617": "work", "+13054429618": "fax"},
            "address": "2655 S Le Jeune Rd, Suite 808, Coral Gables, FL 33134",
            "region": "US",
        },
    ),
    (
        "b3-us-software-engineer-team-line",
        "Nimbus Data Systems, Inc.\n"
        "Kwame Asante\n"
        "Staff Software Engineer\n"
        "Platform Infrastructure\n"
        "kwame.asante@nimbusdata.com\n"
        "+1 (206) 718-4420",
        {
            "name": "Kwame Asante",
            "given_name": "Kwame",
            "family_name": "Asante",
            "title": "Staff Software Engineer",
            "company": "Nimbus Data Systems, Inc.",
            "emails": ["kwame.asante@nimbusdata.com"],
            "phones": {"+12067184420": "work"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-landscaper-call-or-text",
        "GreenEdge Landscaping\n"
        "Design • Install • Maintain\n"
        "Luis Herrera, Owner\n"
        "Call or Text: 919-641-2087\n"
        "greenedgeland@gmail.com\n"
        "www.greenedgelandscaping.com",
        {
            "name": "Luis Herrera",
            "given_name": "Luis",
            "family_name": "Herrera",
            "title": "Owner",
            "company": "GreenEdge Landscaping",
            "emails": ["greenedgeland@gmail.com"],
            "phones": {"+19196412087": "mobile"},
            "websites": ["www.greenedgelandscaping.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-urgent-care-no-person",
        "LAKEVIEW URGENT CARE\n"
        "Walk-ins Welcome • Open 7 Days\n"
        "Phone (262) 547-3100\n"
        "Fax (262) 547-3101\n"
        "www.lakeviewurgentcare.com\n"
        "1250 E Moreland Blvd\n"
        "Waukesha, WI 53186",
        {
            "name": None,
            "title": None,
            "company": "Lakeview Urgent Care",
            "emails": [],
            "phones": {"+12625473100": "work", "+12625473101": "fax"},
            "websites": ["www.lakeviewurgentcare.com"],
            "address": "1250 E Moreland Blvd, Waukesha, WI 53186",
            "region": "US",
        },
    ),
    (
        "b3-us-state-dot-district",
        "Rebecca Sloane\n"
        "Public Information Officer\n"
        "Nevada Department of Transportation\n"
        "District II\n"
        "310 Galletti Way\n"
        "Sparks, NV 89431\n"
        "Office (775) 834-8300\n"
        "Cell (775) 742-1186\n"
        "rsloane@dot.nv.gov",
        {
            "name": "Rebecca Sloane",
            "given_name": "Rebecca",
            "family_name": "Sloane",
            "title": "Public Information Officer",
            "company": "Nevada Department of Transportation",
            "emails": ["rsloane@dot.nv.gov"],
            "phones": {"+17758348300": "work", "+17757421186": "mobile"},
            "address": "310 Galletti Way, Sparks, NV 89431",
            "region": "US",
        },
    ),
    (
        "b3-us-photographer-handle",
        "Ava Lin Photography\n"
        "AVA LIN\n"
        "Photographer\n"
        "hello@avalinphoto.com\n"
        "avalinphoto.com\n"
        "@avalinphoto\n"
        "323.610.4482",
        {
            "name": "Ava Lin",
            "given_name": "Ava",
            "family_name": "Lin",
            "title": "Photographer",
            "company": "Ava Lin Photography",
            "emails": ["hello@avalinphoto.com"],
            "phones": {"+13236104482": "work"},
            "websites": ["avalinphoto.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-pediatrician-faap-department",
        "Children's Health Partners\n"
        "Department of Pediatrics\n"
        "Sophia Bennett, MD, FAAP\n"
        "Pediatrician\n"
        "Appointments 404.785.2200\n"
        "Fax 404.785.2299\n"
        "5445 Meridian Mark Rd NE, Suite 250\n"
        "Atlanta, GA 30342",
        {
            "name": "Sophia Bennett",
            "given_name": "Sophia",
            "family_name": "Bennett",
            "title": "Pediatrician",
            "company": "Children's Health Partners",
            "emails": [],
            "phones": {"+14047852200": "work", "+14047852299": "fax"},
            "address": "5445 Meridian Mark Rd NE, Suite 250, Atlanta, GA 30342",
            "region": "US",
        },
    ),
    (
        "b3-us-builder-o-c-f",
        "TRI-COUNTY BUILDERS, INC.\n"
        "General Contractor\n"
        "Steve Kowalski\n"
        "Project Superintendent\n"
        "O 330.665.2781\n"
        "C 330.416.9025\n"
        "F 330.665.2790\n"
        "skowalski@tricountybuilders.com",
        {
            "name": "Steve Kowalski",
            "given_name": "Steve",
            "family_name": "Kowalski",
            "title": "Project Superintendent",
            "company": "Tri-County Builders, Inc.",
            "emails": ["skowalski@tricountybuilders.com"],
            "phones": {"+13306652781": "work", "+13304169025": "mobile", "+13306652790": "fax"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-agency-two-emails",
        "BRIGHT FOX CREATIVE\n"
        "Tyler Morgan\n"
        "Art Director\n"
        "tyler@brightfoxcreative.com\n"
        "studio@brightfoxcreative.com\n"
        "T 615.928.4410\n"
        "brightfoxcreative.com",
        {
            "name": "Tyler Morgan",
            "given_name": "Tyler",
            "family_name": "Morgan",
            "title": "Art Director",
            "company": "Bright Fox Creative",
            "emails": ["tyler@brightfoxcreative.com", "studio@brightfoxcreative.com"],
            "phones": {"+16159284410": "work"},
            "websites": ["brightfoxcreative.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-logo-initials-d-m",
        "KP\n"
        "KLINE & PRATT\n"
        "Jeremy Kline\n"
        "Senior Associate\n"
        "D 215.564.3318\n"
        "M 215.939.0072\n"
        "jkline@klinepratt.com\n"
        "1835 Market Street, Suite 1400\n"
        "Philadelphia, PA 19103",
        {
            "name": "Jeremy Kline",
            "given_name": "Jeremy",
            "family_name": "Kline",
            "title": "Senior Associate",
            "company": "Kline & Pratt",
            "emails": ["jkline@klinepratt.com"],
            "phones": {"+12155643318": "work", "+12159390072": "mobile"},
            "address": "1835 Market Street, Suite 1400, Philadelphia, PA 19103",
            "region": "US",
        },
    ),
    (
        "b3-us-coffee-roaster-new-tld",
        "Ember & Oak Coffee Roasters\n"
        "Hannah Fields\n"
        "Wholesale Manager\n"
        "hannah@emberandoak.coffee\n"
        "(208) 344-7719\n"
        "emberandoak.coffee\n"
        "1015 W Main St, Boise, ID 83702",
        {
            "name": "Hannah Fields",
            "given_name": "Hannah",
            "family_name": "Fields",
            "title": "Wholesale Manager",
            "company": "Ember & Oak Coffee Roasters",
            "emails": ["hannah@emberandoak.coffee"],
            "phones": {"+12083447719": "work"},
            "websites": ["emberandoak.coffee"],
            "address": "1015 W Main St, Boise, ID 83702",
            "region": "US",
        },
    ),
    (
        "b3-us-designations-own-line",
        "CHRISTOPHER M. DAVIS\n"
        "CFA, CAIA\n"
        "Portfolio Manager\n"
        "Bluestem Capital Advisors\n"
        "Direct 612.376.4490\n"
        "cdavis@bluestemcap.com\n"
        "80 South Eighth Street, Suite 3700\n"
        "Minneapolis, MN 55402",
        {
            "name": "Christopher M. Davis",
            "given_name": "Christopher",
            "family_name": "Davis",
            "title": "Portfolio Manager",
            "company": "Bluestem Capital Advisors",
            "emails": ["cdavis@bluestemcap.com"],
            "phones": {"+16123764490": "work"},
            "address": "80 South Eighth Street, Suite 3700, Minneapolis, MN 55402",
            "region": "US",
        },
    ),
    (
        "b3-us-optometrist-od-no-email",
        "CLEARVIEW EYE CARE\n"
        "Dr. Aaron Feldman, O.D.\n"
        "Optometrist\n"
        "Main 614.889.2020 x3\n"
        "Fax 614.889.2021\n"
        "www.clearvieweyecareohio.com\n"
        "4789 Reed Rd, Columbus, OH 43220",
        {
            "name": "Aaron Feldman",
            "given_name": "Aaron",
            "family_name": "Feldman",
            "title": "Optometrist",
            "company": "Clearview Eye Care",
            "emails": [],
            "phones": {"+16148892020": "work", "+16148892021": "fax"},
            "websites": ["www.clearvieweyecareohio.com"],
            "address": "4789 Reed Rd, Columbus, OH 43220",
            "region": "US",
        },
    ),
    (
        "b3-us-recruiter-office-ext-mobile",
        "Talent Bridge Staffing\n"
        "Nicole Fraser\n"
        "Senior Technical Recruiter\n"
        "nicole.fraser@talentbridgestaff.com\n"
        "Office: 480-367-9200 ext. 141\n"
        "Mobile: 480-221-6634",
        {
            "name": "Nicole Fraser",
            "given_name": "Nicole",
            "family_name": "Fraser",
            "title": "Senior Technical Recruiter",
            "company": "Talent Bridge Staffing",
            "emails": ["nicole.fraser@talentbridgestaff.com"],
            "phones": {"+14803679200": "work", "+14802216634": "mobile"},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-college-admissions-office-line",
        "Office of Admissions\n"
        "EASTBROOK COLLEGE\n"
        "Michael O'Connell\n"
        "Assistant Director of Admissions\n"
        "(802) 654-2130\n"
        "moconnell@eastbrook.edu\n"
        "eastbrook.edu\n"
        "1 College Street\n"
        "Burlington, VT 05401",
        {
            "name": "Michael O'Connell",
            "given_name": "Michael",
            "family_name": "O'Connell",
            "title": "Assistant Director of Admissions",
            "company": "Eastbrook College",
            "emails": ["moconnell@eastbrook.edu"],
            "phones": {"+18026542130": "work"},
            "websites": ["eastbrook.edu"],
            "address": "1 College Street, Burlington, VT 05401",
            "region": "US",
        },
    ),
    (
        "b3-us-all-caps-card",
        "SUNBELT HVAC SERVICES\n"
        "RAY THIBODEAUX\n"
        "SERVICE MANAGER\n"
        "OFFICE: (225) 291-4470\n"
        "CELL: (225) 362-8815\n"
        "FAX: (225) 291-4479\n"
        "RAY@SUNBELTHVAC.COM\n"
        "WWW.SUNBELTHVAC.COM",
        {
            "name": "Ray Thibodeaux",
            "given_name": "Ray",
            "family_name": "Thibodeaux",
            "title": "Service Manager",
            "company": "Sunbelt HVAC Services",
            "emails": ["ray@sunbelthvac.com"],
            "phones": {"+12252914470": "work", "+12253628815": "mobile", "+12252914479": "fax"},
            "websites": ["www.sunbelthvac.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-ip-law-lowercase-labels",
        "Pemberton Lowe PC\n"
        "Intellectual Property Law\n"
        "Sandra Kim\n"
        "Shareholder\n"
        "direct 703.684.2291\n"
        "main 703.684.2200\n"
        "skim@pembertonlowe.com\n"
        "1800 Diagonal Road, Suite 600\n"
        "Alexandria, VA 22314",
        {
            "name": "Sandra Kim",
            "given_name": "Sandra",
            "family_name": "Kim",
            "title": "Shareholder",
            "company": "Pemberton Lowe PC",
            "emails": ["skim@pembertonlowe.com"],
            "phones": {"+17036842291": "work", "+17036842200": "work"},
            "address": "1800 Diagonal Road, Suite 600, Alexandria, VA 22314",
            "region": "US",
        },
    ),
    (
        "b3-us-bbq-manager-tagline-after",
        "Smokestack BBQ\n"
        "Denise Carter\n"
        "General Manager\n"
        "(901) 526-0188\n"
        "denise@smokestackbbq.com\n"
        "smokestackbbq.com\n"
        "Catering Available!\n"
        "93 S Main St, Memphis, TN 38103",
        {
            "name": "Denise Carter",
            "given_name": "Denise",
            "family_name": "Carter",
            "title": "General Manager",
            "company": "Smokestack BBQ",
            "emails": ["denise@smokestackbbq.com"],
            "phones": {"+19015260188": "work"},
            "websites": ["smokestackbbq.com"],
            "address": "93 S Main St, Memphis, TN 38103",
            "region": "US",
        },
    ),
    (
        "b3-us-solar-m-e-w-labels",
        "Quantum Ridge Solar\n"
        "Derek Olsen\n"
        "Solar Energy Consultant\n"
        "M: 505.480.2291\n"
        "E: dolsen@quantumridgesolar.com\n"
        "W: www.quantumridgesolar.com",
        {
            "name": "Derek Olsen",
            "given_name": "Derek",
            "family_name": "Olsen",
            "title": "Solar Energy Consultant",
            "company": "Quantum Ridge Solar",
            "emails": ["dolsen@quantumridgesolar.com"],
            "phones": {"+15054802291": "mobile"},
            "websites": ["www.quantumridgesolar.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b3-us-pipe-separated-contact-row",
        "Sterling Point Logistics\n"
        "Angela Price | Operations Manager\n"
        "o 713.952.4470 | c 832.419.0036\n"
        "aprice@sterlingpointlogistics.com | sterlingpointlogistics.com\n"
        "9800 Richmond Ave, Suite 410, Houston, TX 77042",
        {
            "name": "Angela Price",
            "given_name": "Angela",
            "family_name": "Price",
            "title": "Operations Manager",
            "company": "Sterling Point Logistics",
            "emails": ["aprice@sterlingpointlogistics.com"],
            "phones": {"+17139524470": "work", "+18324190036": "mobile"},
            "websites": ["sterlingpointlogistics.com"],
            "address": "9800 Richmond Ave, Suite 410, Houston, TX 77042",
            "region": "US",
        },
    ),
    (
        "b3-us-name-after-company-line-noise",
        "~ BLUE HERON HOME INSPECTIONS ~\n"
        "ASHI Certified Inspector #251883\n"
        "Gregory Lam\n"
        "Home Inspector\n"
        "(919) 387-6620\n"
        "greg@blueheroninspect.com\n"
        "blueheroninspect.com",
        {
            "name": "Gregory Lam",
            "given_name": "Gregory",
            "family_name": "Lam",
            "title": "Home Inspector",
            "company": "Blue Heron Home Inspections",
            "emails": ["greg@blueheroninspect.com"],
            "phones": {"+19193876620": "work"},
            "websites": ["blueheroninspect.com"],
            "address": None,
            "region": "US",
        },
    ),
]

JP: list[Case] = [
    (
        "b3-jp-sato-caps-gm-sales-dept",
        "ARBAB RR\n"
        "Sunrise Logistics Co., Ltd.\n"
        "wh ERR AB HE\n"
        "General Manager, Sales Dept.\n"
        "SATO Kenji\n"
        "T107-0052 RRS 2-9-1\n"
        "TEL 03-3584-2210\n"
        "FAX 03-3584-2211\n"
        "Mobile 090-4412-8837\n"
        "k.sato@sunrise-logi.co.jp",
        {
            "name": "Sato Kenji",
            "given_name": "Kenji",
            "family_name": "Sato",
            "title": "General Manager, Sales Dept.",
            "company": "Sunrise Logistics Co., Ltd.",
            "emails": ["k.sato@sunrise-logi.co.jp"],
            "phones": {"+81335842210": "work", "+81335842211": "fax", "+819044128837": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-name-only-japanese-rep-director",
        "Bitte RAT\n"
        "HiRBHE\n"
        "RR KR\n"
        "Representative Director\n"
        "Kyoto Precision Works K.K.\n"
        "F600-8216 RAR 1-4\n"
        "TEL 075-342-1180\n"
        "FAX 075-342-1181\n"
        "info@kyoto-pw.co.jp\n"
        "www.kyoto-pw.co.jp",
        {
            "name": None,
            "title": "Representative Director",
            "company": "Kyoto Precision Works K.K.",
            "emails": ["info@kyoto-pw.co.jp"],
            "phones": {"+81753421180": "work", "+81753421181": "fax"},
            "websites": ["www.kyoto-pw.co.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-western-order-english-address",
        "Hoshino Digital Inc.\n"
        "Yuki Tanaka\n"
        "Senior Consultant\n"
        "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan\n"
        "Tel: +81-3-6418-2290\n"
        "Mobile: +81-80-3317-4420\n"
        "yuki.tanaka@hoshino-digital.jp\n"
        "https://hoshino-digital.jp\n"
        "HES RAR",
        {
            "name": "Yuki Tanaka",
            "given_name": "Yuki",
            "family_name": "Tanaka",
            "title": "Senior Consultant",
            "company": "Hoshino Digital Inc.",
            "emails": ["yuki.tanaka@hoshino-digital.jp"],
            "phones": {"+81364182290": "work", "+818033174420": "mobile"},
            "websites": ["https://hoshino-digital.jp"],
            "address": "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan",
            "region": "JP",
        },
    ),
    (
        "b3-jp-country-code-without-plus",
        "NAGOYA CERAMICS CORPORATION\n"
        "ERR Bet\n"
        "Overseas Business Division\n"
        "Assistant Manager\n"
        "ITO Haruka\n"
        "AR HE\n"
        "Phone 81-52-204-2601\n"
        "Fax 81-52-204-2605\n"
        "h-ito@nagoya-ceramics.co.jp",
        {
            "name": "Ito Haruka",
            "given_name": "Haruka",
            "family_name": "Ito",
            "title": "Assistant Manager",
            "company": "Nagoya Ceramics Corporation",
            "emails": ["h-ito@nagoya-ceramics.co.jp"],
            "phones": {"+81522042601": "work", "+81522042605": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-paren-area-code",
        "F103-0013\n"
        "Bi ARBRE\n"
        "MORI Daisuke\n"
        "Director, Engineering\n"
        "Akatsuki Robotics Inc.\n"
        "TEL (03)5623-8841\n"
        "Mobile 080-2291-6604\n"
        "d.mori@akatsuki-robotics.com",
        {
            "name": "Mori Daisuke",
            "given_name": "Daisuke",
            "family_name": "Mori",
            "title": "Director, Engineering",
            "company": "Akatsuki Robotics Inc.",
            "emails": ["d.mori@akatsuki-robotics.com"],
            "phones": {"+81356238841": "work", "+818022916604": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-osaka-section-chief",
        "Naniwa Trading Co., Ltd.\n"
        "HEM Bee\n"
        "Section Chief, Import Section\n"
        "TAKAHASHI Yumi\n"
        "T530-0001 AIR ABABAR 2-4-9\n"
        "Tel. 06-6345-1220\n"
        "Fax. 06-6345-1229\n"
        "y-takahashi@naniwa-trading.co.jp\n"
        "http://www.naniwa-trading.co.jp",
        {
            "name": "Takahashi Yumi",
            "given_name": "Yumi",
            "family_name": "Takahashi",
            "title": "Section Chief, Import Section",
            "company": "Naniwa Trading Co., Ltd.",
            "emails": ["y-takahashi@naniwa-trading.co.jp"],
            "phones": {"+81663451220": "work", "+81663451229": "fax"},
            "websites": ["http://www.naniwa-trading.co.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-given-first-family-caps",
        "Kenta HIRANO\n"
        "Project Manager\n"
        "Mirai Systems Corporation\n"
        "SEER\n"
        "=F RE 3-4-1\n"
        "Direct: +81-45-212-4471\n"
        "Mobile: +81-90-6628-1037\n"
        "kenta.hirano@miraisys.co.jp",
        {
            "name": "Kenta Hirano",
            "given_name": "Kenta",
            "family_name": "Hirano",
            "title": "Project Manager",
            "company": "Mirai Systems Corporation",
            "emails": ["kenta.hirano@miraisys.co.jp"],
            "phones": {"+81452124471": "work", "+819066281037": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-fukuoka-unlabelled-mobile",
        "ARAB\n"
        "WATANABE Shota\n"
        "Sales Representative\n"
        "Hakata Foods K.K.\n"
        "T812-0011 tk BIS 5-12-8\n"
        "092-713-5520\n"
        "080-4120-3356\n"
        "s.watanabe@hakatafoods.jp",
        {
            "name": "Watanabe Shota",
            "given_name": "Shota",
            "family_name": "Watanabe",
            "title": "Sales Representative",
            "company": "Hakata Foods K.K.",
            "emails": ["s.watanabe@hakatafoods.jp"],
            "phones": {"+81927135520": "work", "+818041203356": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-sapporo-president-ceo",
        "Hokuto Dairy Inc.\n"
        "President & CEO\n"
        "SUZUKI Aiko\n"
        "KER ABA\n"
        "MAAR 1-1\n"
        "TEL: 011-231-8840\n"
        "FAX: 011-231-8841\n"
        "a.suzuki@hokuto-dairy.co.jp\n"
        "www.hokuto-dairy.co.jp",
        {
            "name": "Suzuki Aiko",
            "given_name": "Aiko",
            "family_name": "Suzuki",
            "title": "President & CEO",
            "company": "Hokuto Dairy Inc.",
            "emails": ["a.suzuki@hokuto-dairy.co.jp"],
            "phones": {"+81112318840": "work", "+81112318841": "fax"},
            "websites": ["www.hokuto-dairy.co.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-sendai-chief-engineer",
        "Tohoku Electric Devices Co., Ltd.\n"
        "A 7K ILE\n"
        "Chief Engineer\n"
        "NAKAMURA Ryo\n"
        "Research & Development Center\n"
        "Phone: 022-261-4410\n"
        "r-nakamura@tohoku-ed.co.jp",
        {
            "name": "Nakamura Ryo",
            "given_name": "Ryo",
            "family_name": "Nakamura",
            "title": "Chief Engineer",
            "company": "Tohoku Electric Devices Co., Ltd.",
            "emails": ["r-nakamura@tohoku-ed.co.jp"],
            "phones": {"+81222614410": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-kobe-senior-researcher-plus81",
        "RAF\n"
        "Senior Researcher\n"
        "Dr. KOBAYASHI Emi\n"
        "Rokko Biosciences Inc.\n"
        "HFPS HHK\n"
        "T +81 78 391 6620\n"
        "F +81 78 391 6621\n"
        "kobayashi@rokko-bio.com",
        {
            "name": "Kobayashi Emi",
            "given_name": "Emi",
            "family_name": "Kobayashi",
            "title": "Senior Researcher",
            "company": "Rokko Biosciences Inc.",
            "emails": ["kobayashi@rokko-bio.com"],
            "phones": {"+81783916620": "work", "+81783916621": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-hiroshima-deputy-gm",
        "Setouchi Marine Corporation\n"
        "Deputy General Manager\n"
        "Corporate Planning Division\n"
        "YOSHIDA Takeshi\n"
        "RR BR 1-1\n"
        "TEL 082-248-3310\n"
        "FAX 082-248-3319\n"
        "M. 090-7735-2018\n"
        "t.yoshida@setouchi-marine.co.jp",
        {
            "name": "Yoshida Takeshi",
            "given_name": "Takeshi",
            "family_name": "Yoshida",
            "title": "Deputy General Manager",
            "company": "Setouchi Marine Corporation",
            "emails": ["t.yoshida@setouchi-marine.co.jp"],
            "phones": {"+81822483310": "work", "+81822483319": "fax", "+819077352018": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-japanese-name-only-sales",
        "Hike Bt\n"
        "wh REE\n"
        "Sales Manager\n"
        "Saitama Packaging Industries Co., Ltd.\n"
        "T330-0854 AHR 2-11\n"
        "TEL 048-643-2210\n"
        "Mobile 070-3381-9204\n"
        "sales@saitama-pack.co.jp",
        {
            "name": None,
            "title": "Sales Manager",
            "company": "Saitama Packaging Industries Co., Ltd.",
            "emails": ["sales@saitama-pack.co.jp"],
            "phones": {"+81486432210": "work", "+817033819204": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-free-dial-0120",
        "Chiba Home Solutions K.K.\n"
        "YAMAMOTO Naoki\n"
        "Customer Support Manager\n"
        "ARBAB 3-5\n"
        "Free Dial 0120-837-214\n"
        "TEL 043-296-7710\n"
        "n.yamamoto@chiba-home.jp",
        {
            "name": "Yamamoto Naoki",
            "given_name": "Naoki",
            "family_name": "Yamamoto",
            "title": "Customer Support Manager",
            "company": "Chiba Home Solutions K.K.",
            "emails": ["n.yamamoto@chiba-home.jp"],
            "phones": {"+81120837214": "work", "+81432967710": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-kawasaki-ip-phone-050",
        "MATSUMOTO Rina\n"
        "UX Designer\n"
        "Kumo Works Inc.\n"
        "EBA 5-12-8\n"
        "Tel 044-520-3391\n"
        "IP 050-3786-2210\n"
        "rina.matsumoto@kumoworks.jp\n"
        "kumoworks.jp",
        {
            "name": "Matsumoto Rina",
            "given_name": "Rina",
            "family_name": "Matsumoto",
            "title": "UX Designer",
            "company": "Kumo Works Inc.",
            "emails": ["rina.matsumoto@kumoworks.jp"],
            "phones": {"+81445203391": "work", "+815037862210": "work"},
            "websites": ["kumoworks.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-matsumoto-four-digit-area",
        "Azumino Orchards Co., Ltd.\n"
        "HEH BR\n"
        "Export Manager\n"
        "INOUE Kazuki\n"
        "F390-0811 ARIE 2-3-1\n"
        "TEL 0263-32-4410\n"
        "FAX 0263-32-4419\n"
        "k.inoue@azumino-orchards.co.jp",
        {
            "name": "Inoue Kazuki",
            "given_name": "Kazuki",
            "family_name": "Inoue",
            "title": "Export Manager",
            "company": "Azumino Orchards Co., Ltd.",
            "emails": ["k.inoue@azumino-orchards.co.jp"],
            "phones": {"+81263324410": "work", "+81263324419": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-okinawa-tour",
        "Ryukyu Blue Tours Inc.\n"
        "KIMURA Sayaka\n"
        "Tour Coordinator\n"
        "HHS ABA\n"
        "T900-0015 RRR 1-2-3\n"
        "098-866-2210\n"
        "s.kimura@ryukyublue.jp\n"
        "www.ryukyublue.jp",
        {
            "name": "Kimura Sayaka",
            "given_name": "Sayaka",
            "family_name": "Kimura",
            "title": "Tour Coordinator",
            "company": "Ryukyu Blue Tours Inc.",
            "emails": ["s.kimura@ryukyublue.jp"],
            "phones": {"+81988662210": "work"},
            "websites": ["www.ryukyublue.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-niigata-executive-officer",
        "Echigo Rice Technology Corporation\n"
        "Executive Officer\n"
        "Head of Overseas Business\n"
        "HAYASHI Tomoya\n"
        "FT BB\n"
        "TEL +81-25-241-7720\n"
        "Mobile +81-90-2214-5538\n"
        "t-hayashi@echigo-rt.co.jp",
        {
            "name": "Hayashi Tomoya",
            "given_name": "Tomoya",
            "family_name": "Hayashi",
            "title": "Executive Officer",
            "company": "Echigo Rice Technology Corporation",
            "emails": ["t-hayashi@echigo-rt.co.jp"],
            "phones": {"+81252417720": "work", "+819022145538": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-okayama-accountant",
        "ARBRE\n"
        "SHIMIZU Mai\n"
        "Certified Public Accountant\n"
        "Momotaro Audit Corporation\n"
        "T700-0901 BHR 1-8-5\n"
        "TEL 086-225-3370\n"
        "FAX 086-225-3371\n"
        "shimizu@momotaro-audit.jp",
        {
            "name": "Shimizu Mai",
            "given_name": "Mai",
            "family_name": "Shimizu",
            "title": "Certified Public Accountant",
            "company": "Momotaro Audit Corporation",
            "emails": ["shimizu@momotaro-audit.jp"],
            "phones": {"+81862253370": "work", "+81862253371": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-tokyo-cto-mobile-first",
        "Yorozu AI Inc.\n"
        "Chief Technology Officer\n"
        "YAMAZAKI Koji\n"
        "Mobile 080-5521-7730\n"
        "Office 03-6450-1182\n"
        "koji@yorozu.ai\n"
        "https://yorozu.ai\n"
        "FRR HEH 3-4-1 SEER 5F",
        {
            "name": "Yamazaki Koji",
            "given_name": "Koji",
            "family_name": "Yamazaki",
            "title": "Chief Technology Officer",
            "company": "Yorozu AI Inc.",
            "emails": ["koji@yorozu.ai"],
            "phones": {"+818055217730": "mobile", "+81364501182": "work"},
            "websites": ["https://yorozu.ai"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-slash-separated-tel-fax",
        "Kanto Steel Fabrication Co., Ltd.\n"
        "ABE Nanami\n"
        "Purchasing Department\n"
        "Assistant Manager\n"
        "AR EAE\n"
        "TEL 03-5820-4417 / FAX 03-5820-4418\n"
        "n-abe@kanto-steel.co.jp",
        {
            "name": "Abe Nanami",
            "given_name": "Nanami",
            "family_name": "Abe",
            "title": "Assistant Manager",
            "company": "Kanto Steel Fabrication Co., Ltd.",
            "emails": ["n-abe@kanto-steel.co.jp"],
            "phones": {"+81358204417": "work", "+81358204418": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-ikeda-senior-manager",
        "IKEDA Hiroshi\n"
        "Senior Manager, Corporate Planning\n"
        "Sakura Pharma K.K.\n"
        "SRS BR\n"
        "T103-0023 RRS 4-1-2\n"
        "Direct +81-3-3241-7725\n"
        "h.ikeda@sakura-pharma.co.jp",
        {
            "name": "Ikeda Hiroshi",
            "given_name": "Hiroshi",
            "family_name": "Ikeda",
            "title": "Senior Manager, Corporate Planning",
            "company": "Sakura Pharma K.K.",
            "emails": ["h.ikeda@sakura-pharma.co.jp"],
            "phones": {"+81332417725": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-osaka-hashimoto-account-exec",
        "wh ERR\n"
        "Account Executive\n"
        "HASHIMOTO Yui\n"
        "Umeda Advertising Inc.\n"
        "HAR BAR 2-2\n"
        "Phone 06-6110-4482\n"
        "Mobile 090-3318-2274\n"
        "yui.hashimoto@umeda-ad.co.jp\n"
        "www.umeda-ad.co.jp",
        {
            "name": "Hashimoto Yui",
            "given_name": "Yui",
            "family_name": "Hashimoto",
            "title": "Account Executive",
            "company": "Umeda Advertising Inc.",
            "emails": ["yui.hashimoto@umeda-ad.co.jp"],
            "phones": {"+81661104482": "work", "+819033182274": "mobile"},
            "websites": ["www.umeda-ad.co.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-ishikawa-software",
        "Kanazawa Software Labs Co., Ltd.\n"
        "Software Engineer\n"
        "ISHIKAWA Sho\n"
        "F920-0853 AHA 1-5-3\n"
        "TEL 076-224-5580\n"
        "sho.ishikawa@kanazawa-soft.jp",
        {
            "name": "Ishikawa Sho",
            "given_name": "Sho",
            "family_name": "Ishikawa",
            "title": "Software Engineer",
            "company": "Kanazawa Software Labs Co., Ltd.",
            "emails": ["sho.ishikawa@kanazawa-soft.jp"],
            "phones": {"+81762245580": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-ogawa-interpreter-mobile-only",
        "OGAWA Miki\n"
        "Interpreter / Translator\n"
        "Japanese - English\n"
        "Mobile: 090-8842-1175\n"
        "miki.ogawa@gmail.com\n"
        "ERR Bet",
        {
            "name": "Ogawa Miki",
            "given_name": "Miki",
            "family_name": "Ogawa",
            "title": "Interpreter / Translator",
            "company": None,
            "emails": ["miki.ogawa@gmail.com"],
            "phones": {"+819088421175": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-fujita-auto-parts",
        "FUJITA Ken\n"
        "General Manager\n"
        "Quality Assurance Dept.\n"
        "Mikawa Auto Parts Corporation\n"
        "T471-0826 BARR 1-1\n"
        "TEL (0565)28-3310\n"
        "FAX (0565)28-3319\n"
        "ken.fujita@mikawa-ap.co.jp",
        {
            "name": "Fujita Ken",
            "given_name": "Ken",
            "family_name": "Fujita",
            "title": "General Manager",
            "company": "Mikawa Auto Parts Corporation",
            "emails": ["ken.fujita@mikawa-ap.co.jp"],
            "phones": {"+81565283310": "work", "+81565283319": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-okada-hotel-plus81-spaces",
        "Hotel Sakuragawa\n"
        "HERR\n"
        "Front Office Manager\n"
        "OKADA Asuka\n"
        "Tel +81 3 5510 2240\n"
        "Fax +81 3 5510 2241\n"
        "a.okada@hotel-sakuragawa.jp\n"
        "www.hotel-sakuragawa.jp",
        {
            "name": "Okada Asuka",
            "given_name": "Asuka",
            "family_name": "Okada",
            "title": "Front Office Manager",
            "company": "Hotel Sakuragawa",
            "emails": ["a.okada@hotel-sakuragawa.jp"],
            "phones": {"+81355102240": "work", "+81355102241": "fax"},
            "websites": ["www.hotel-sakuragawa.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-goto-university",
        "Kyushu Institute of Marine Science\n"
        "Graduate School of Engineering\n"
        "Associate Professor\n"
        "GOTO Yusuke, Ph.D.\n"
        "ABA 744\n"
        "Phone +81-92-802-3361\n"
        "goto@kims.ac.jp",
        {
            "name": "Goto Yusuke",
            "given_name": "Yusuke",
            "family_name": "Goto",
            "title": "Associate Professor",
            "company": "Kyushu Institute of Marine Science",
            "emails": ["goto@kims.ac.jp"],
            "phones": {"+81928023361": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-hasegawa-law",
        "Marunouchi Law Office\n"
        "Attorney at Law\n"
        "HASEGAWA Chika\n"
        "ARBAB RR 2-6-1\n"
        "TEL 03-3211-8840\n"
        "FAX 03-3211-8849\n"
        "hasegawa@marunouchi-law.jp",
        {
            "name": "Hasegawa Chika",
            "given_name": "Chika",
            "family_name": "Hasegawa",
            "title": "Attorney at Law",
            "company": "Marunouchi Law Office",
            "emails": ["hasegawa@marunouchi-law.jp"],
            "phones": {"+81332118840": "work", "+81332118849": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-murakami-kk-after",
        "MURAKAMI Takumi\n"
        "Manager\n"
        "Overseas Sales Section\n"
        "K.K. Tsubasa Precision\n"
        "SRF AR\n"
        "Tel: 0265-22-1180\n"
        "Mobile: 080-6613-4429\n"
        "t.murakami@tsubasa-p.co.jp",
        {
            "name": "Murakami Takumi",
            "given_name": "Takumi",
            "family_name": "Murakami",
            "title": "Manager",
            "company": "K.K. Tsubasa Precision",
            "emails": ["t.murakami@tsubasa-p.co.jp"],
            "phones": {"+81265221180": "work", "+818066134429": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-kondo-pr",
        "Shinonome Cosmetics Co., Ltd.\n"
        "KONDO Erika\n"
        "Public Relations\n"
        "HES RAR 6-10-1\n"
        "TEL 03-6743-5520\n"
        "erika.kondo@shinonome-cosme.jp",
        {
            "name": "Kondo Erika",
            "given_name": "Erika",
            "family_name": "Kondo",
            "company": "Shinonome Cosmetics Co., Ltd.",
            "emails": ["erika.kondo@shinonome-cosme.jp"],
            "phones": {"+81367435520": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-ishii-plus81-zero",
        "Tokai Machinery Corporation\n"
        "ISHII Masato\n"
        "Senior Sales Engineer\n"
        "Tel +81-(0)53-454-2210\n"
        "Mobile +81-(0)90-5528-3301\n"
        "m.ishii@tokai-mc.co.jp\n"
        "T430-0933 AHR 3-2",
        {
            "name": "Ishii Masato",
            "given_name": "Masato",
            "family_name": "Ishii",
            "title": "Senior Sales Engineer",
            "company": "Tokai Machinery Corporation",
            "emails": ["m.ishii@tokai-mc.co.jp"],
            "phones": {"+81534542210": "work", "+819055283301": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-sakamoto-japanese-name-company-english",
        "EAE BAR\n"
        "wh ERR AB HE\n"
        "Marketing Division\n"
        "Senior Manager\n"
        "Aoba Beverage Co., Ltd.\n"
        "TEL 022-716-3390\n"
        "FAX 022-716-3399\n"
        "www.aoba-beverage.co.jp",
        {
            "name": None,
            "title": "Senior Manager",
            "company": "Aoba Beverage Co., Ltd.",
            "emails": [],
            "phones": {"+81227163390": "work", "+81227163399": "fax"},
            "websites": ["www.aoba-beverage.co.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-endo-construction",
        "Endo Kensetsu Co., Ltd.\n"
        "President\n"
        "ENDO Tetsuya\n"
        "T380-0836 RAR 1-3\n"
        "TEL 026-234-1170\n"
        "FAX 026-234-1171\n"
        "Mobile 090-1182-6634\n"
        "endo@endo-kensetsu.co.jp",
        {
            "name": "Endo Tetsuya",
            "given_name": "Tetsuya",
            "family_name": "Endo",
            "title": "President",
            "company": "Endo Kensetsu Co., Ltd.",
            "emails": ["endo@endo-kensetsu.co.jp"],
            "phones": {"+81262341170": "work", "+81262341171": "fax", "+819011826634": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-aoki-inc-no-title",
        "AOKI Misaki\nNijiiro Games Inc.\nARAB\nmisaki.aoki@nijiiro-games.com\n03-5459-2281",
        {
            "name": "Aoki Misaki",
            "given_name": "Misaki",
            "family_name": "Aoki",
            "title": None,
            "company": "Nijiiro Games Inc.",
            "emails": ["misaki.aoki@nijiiro-games.com"],
            "phones": {"+81354592281": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-fujii-bank",
        "The Kansai Shinwa Bank, Ltd.\n"
        "International Business Division\n"
        "Vice President\n"
        "FUJII Daiki\n"
        "AR BRR\n"
        "Direct 06-6232-7715\n"
        "Main 06-6232-7700\n"
        "daiki.fujii@kansai-shinwa.co.jp",
        {
            "name": "Fujii Daiki",
            "given_name": "Daiki",
            "family_name": "Fujii",
            "title": "Vice President",
            "company": "The Kansai Shinwa Bank, Ltd.",
            "emails": ["daiki.fujii@kansai-shinwa.co.jp"],
            "phones": {"+81662327715": "work", "+81662327700": "work"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-nishimura-western-order-caps-family",
        "Kaori NISHIMURA\n"
        "Senior Consultant\n"
        "Shiodome Strategy Partners K.K.\n"
        "Tel: +81 3 6253 4410\n"
        "Mobile: +81 80 9923 1174\n"
        "kaori.nishimura@shiodome-sp.com\n"
        "RRS 2-9-1",
        {
            "name": "Kaori Nishimura",
            "given_name": "Kaori",
            "family_name": "Nishimura",
            "title": "Senior Consultant",
            "company": "Shiodome Strategy Partners K.K.",
            "emails": ["kaori.nishimura@shiodome-sp.com"],
            "phones": {"+81362534410": "work", "+818099231174": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-fukuda-dot-separators",
        "Yokohama Port Services Co., Ltd.\n"
        "FUKUDA Jun\n"
        "Operations Manager\n"
        "TEL.045.671.2280\n"
        "FAX.045.671.2289\n"
        "j-fukuda@yps.co.jp\n"
        "T231-0002 HAR 1-1",
        {
            "name": "Fukuda Jun",
            "given_name": "Jun",
            "family_name": "Fukuda",
            "title": "Operations Manager",
            "company": "Yokohama Port Services Co., Ltd.",
            "emails": ["j-fukuda@yps.co.jp"],
            "phones": {"+81456712280": "work", "+81456712289": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-ota-consulting-inc",
        "OTA Satoshi\n"
        "Partner\n"
        "Ginza Management Consulting Inc.\n"
        "HEH\n"
        "Mobile 090-2281-4473\n"
        "satoshi.ota@ginza-mc.jp\n"
        "www.ginza-mc.jp",
        {
            "name": "Ota Satoshi",
            "given_name": "Satoshi",
            "family_name": "Ota",
            "title": "Partner",
            "company": "Ginza Management Consulting Inc.",
            "emails": ["satoshi.ota@ginza-mc.jp"],
            "phones": {"+819022814473": "mobile"},
            "websites": ["www.ginza-mc.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-miura-design-studio",
        "Studio Kazane\n"
        "Graphic Designer\n"
        "MIURA Hina\n"
        "070-4418-2259\n"
        "hina@kazane.design\n"
        "kazane.design\n"
        "AHR 2-14-7",
        {
            "name": "Miura Hina",
            "given_name": "Hina",
            "family_name": "Miura",
            "title": "Graphic Designer",
            "company": "Studio Kazane",
            "emails": ["hina@kazane.design"],
            "phones": {"+817044182259": "mobile"},
            "websites": ["kazane.design"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-fujiwara-gm-division",
        "Nihon Green Energy Corporation\n"
        "General Manager, Solar Business Division\n"
        "FUJIWARA Makoto\n"
        "F100-0005 ABR 1-6-4\n"
        "Phone: 03-3287-5510\n"
        "Mobile: 080-3361-2207\n"
        "m-fujiwara@ngec.co.jp",
        {
            "name": "Fujiwara Makoto",
            "given_name": "Makoto",
            "family_name": "Fujiwara",
            "title": "General Manager, Solar Business Division",
            "company": "Nihon Green Energy Corporation",
            "emails": ["m-fujiwara@ngec.co.jp"],
            "phones": {"+81332875510": "work", "+818033612207": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-okamoto-name-above-logo-garbage",
        "ea\n"
        "OKAMOTO Shiori\n"
        "Overseas Sales Representative\n"
        "Hamamatsu Musical Instruments Co., Ltd.\n"
        "T430-8650 AHR 10-1\n"
        "TEL +81-53-460-2211\n"
        "FAX +81-53-460-2219\n"
        "shiori_okamoto@hmi.co.jp",
        {
            "name": "Okamoto Shiori",
            "given_name": "Shiori",
            "family_name": "Okamoto",
            "title": "Overseas Sales Representative",
            "company": "Hamamatsu Musical Instruments Co., Ltd.",
            "emails": ["shiori_okamoto@hmi.co.jp"],
            "phones": {"+81534602211": "work", "+81534602219": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-japanese-name-only-mobile-email",
        "HEM Bee\n"
        "wh ERR\n"
        "Senior Consultant\n"
        "Meguro Business Partners K.K.\n"
        "Mobile 080-7712-3348\n"
        "contact@meguro-bp.jp",
        {
            "name": None,
            "title": "Senior Consultant",
            "company": "Meguro Business Partners K.K.",
            "emails": ["contact@meguro-bp.jp"],
            "phones": {"+818077123348": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-sugiyama-corporation-tel-fax-one-line",
        "Chubu Chemical Corporation\n"
        "SUGIYAMA Ryota\n"
        "Technical Sales Manager\n"
        "T460-0008 HAR 3-15-1\n"
        "TEL 052-581-3340  FAX 052-581-3349\n"
        "r.sugiyama@chubu-chem.co.jp",
        {
            "name": "Sugiyama Ryota",
            "given_name": "Ryota",
            "family_name": "Sugiyama",
            "title": "Technical Sales Manager",
            "company": "Chubu Chemical Corporation",
            "emails": ["r.sugiyama@chubu-chem.co.jp"],
            "phones": {"+81525813340": "work", "+81525813349": "fax"},
            "region": "JP",
        },
    ),
    (
        "b3-jp-morita-director-plus81-mixed",
        "MORITA Yoko\n"
        "Director\n"
        "Kobe Fashion Trading Inc.\n"
        "BARR 4-2-7\n"
        "TEL 078-321-5540\n"
        "Mobile +81-90-4471-8826\n"
        "yoko.morita@kobe-fashion.jp\n"
        "www.kobe-fashion.jp",
        {
            "name": "Morita Yoko",
            "given_name": "Yoko",
            "family_name": "Morita",
            "title": "Director",
            "company": "Kobe Fashion Trading Inc.",
            "emails": ["yoko.morita@kobe-fashion.jp"],
            "phones": {"+81783215540": "work", "+819044718826": "mobile"},
            "websites": ["www.kobe-fashion.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-no-person-company-card",
        "ARBAB RR\n"
        "Asakusa Craft Studio Co., Ltd.\n"
        "Traditional Japanese Crafts\n"
        "T111-0032 RRS 2-3-1\n"
        "TEL 03-3841-2260\n"
        "FAX 03-3841-2261\n"
        "info@asakusa-craft.jp\n"
        "www.asakusa-craft.jp",
        {
            "name": None,
            "title": None,
            "company": "Asakusa Craft Studio Co., Ltd.",
            "emails": ["info@asakusa-craft.jp"],
            "phones": {"+81338412260": "work", "+81338412261": "fax"},
            "websites": ["www.asakusa-craft.jp"],
            "region": "JP",
        },
    ),
    (
        "b3-jp-nomura-hyphen-dept-title",
        "NOMURA Shinji\n"
        "Manager - Global Procurement\n"
        "Sanyo Textile Mills Co., Ltd.\n"
        "=F RE\n"
        "Phone: +81-6-6204-3318\n"
        "Cell: +81-90-6637-1120\n"
        "s_nomura@sanyo-textile.co.jp",
        {
            "name": "Nomura Shinji",
            "given_name": "Shinji",
            "family_name": "Nomura",
            "title": "Manager - Global Procurement",
            "company": "Sanyo Textile Mills Co., Ltd.",
            "emails": ["s_nomura@sanyo-textile.co.jp"],
            "phones": {"+81662043318": "work", "+819066371120": "mobile"},
            "region": "JP",
        },
    ),
]

INTL: list[Case] = [
    (
        "b3-uk-london-solicitors-plus44-zero",
        "Ashdown Carter LLP\n"
        "Solicitors\n"
        "Eleanor Whitmore\n"
        "Associate\n"
        "T +44 (0)20 7936 4410\n"
        "M +44 (0)7912 384 551\n"
        "e.whitmore@ashdowncarter.co.uk\n"
        "www.ashdowncarter.co.uk\n"
        "12 Bedford Row\n"
        "London WC1R 4BU\n"
        "United Kingdom",
        {
            "name": "Eleanor Whitmore",
            "given_name": "Eleanor",
            "family_name": "Whitmore",
            "title": "Associate",
            "company": "Ashdown Carter LLP",
            "emails": ["e.whitmore@ashdowncarter.co.uk"],
            "phones": {"+442079364410": "work", "+447912384551": "mobile"},
            "websites": ["www.ashdowncarter.co.uk"],
            "address": "12 Bedford Row, London WC1R 4BU, United Kingdom",
            "region": "GB",
        },
    ),
    (
        "b3-uk-manchester-national-format",
        "PENNINE DIGITAL LTD\n"
        "James O'Neill\n"
        "Head of Client Services\n"
        "Tel: 0161 832 4470\n"
        "Mob: 07845 216 903\n"
        "james.oneill@penninedigital.co.uk\n"
        "Unit 4, Albert Mill\n"
        "Manchester M3 4LQ",
        {
            "name": "James O'Neill",
            "given_name": "James",
            "family_name": "O'Neill",
            "title": "Head of Client Services",
            "company": "Pennine Digital Ltd",
            "emails": ["james.oneill@penninedigital.co.uk"],
            "phones": {"+441618324470": "work", "+447845216903": "mobile"},
            "address": "Unit 4, Albert Mill, Manchester M3 4LQ",
            "region": "GB",
        },
    ),
    (
        "b3-uk-edinburgh-dr-freephone",
        "Lothian Physiotherapy Clinic\n"
        "Dr Fiona MacLeod\n"
        "Clinical Director\n"
        "t. 0131 225 8830\n"
        "freephone 0800 328 4410\n"
        "fiona@lothianphysio.co.uk\n"
        "14 Queen Street, Edinburgh EH2 1JE",
        {
            "name": "Fiona MacLeod",
            "given_name": "Fiona",
            "family_name": "MacLeod",
            "title": "Clinical Director",
            "company": "Lothian Physiotherapy Clinic",
            "emails": ["fiona@lothianphysio.co.uk"],
            "phones": {"+441312258830": "work", "+448003284410": "work"},
            "address": "14 Queen Street, Edinburgh EH2 1JE",
            "region": "GB",
        },
    ),
    (
        "b3-de-munich-plus49-zero",
        "Alpenwerk Maschinenbau GmbH\n"
        "Dipl.-Ing. Markus Huber\n"
        "Leiter Vertrieb\n"
        "Tel. +49 (0)89 2388 4410\n"
        "Fax +49 (0)89 2388 4419\n"
        "Mobil +49 (0)171 442 6398\n"
        "markus.huber@alpenwerk.de\n"
        "www.alpenwerk.de\n"
        "Landsberger Straße 302\n"
        "80687 München\n"
        "Deutschland",
        {
            "name": "Markus Huber",
            "given_name": "Markus",
            "family_name": "Huber",
            "title": "Leiter Vertrieb",
            "company": "Alpenwerk Maschinenbau GmbH",
            "emails": ["markus.huber@alpenwerk.de"],
            "phones": {"+498923884410": "work", "+498923884419": "fax", "+491714426398": "mobile"},
            "websites": ["www.alpenwerk.de"],
            "address": "Landsberger Straße 302, 80687 München, Deutschland",
            "region": "DE",
        },
    ),
    (
        "b3-de-berlin-national-0171",
        "Vogel & Partner GmbH\n"
        "Dr. Katrin Vogel\n"
        "Geschäftsführerin\n"
        "Tel. 030 28 49 31 20\n"
        "Fax 030 28 49 31 29\n"
        "Mobil 0171 2345 678\n"
        "k.vogel@vogel-partner.de\n"
        "Friedrichstraße 123, 10117 Berlin",
        {
            "name": "Katrin Vogel",
            "given_name": "Katrin",
            "family_name": "Vogel",
            "title": "Geschäftsführerin",
            "company": "Vogel & Partner GmbH",
            "emails": ["k.vogel@vogel-partner.de"],
            "phones": {"+493028493120": "work", "+493028493129": "fax", "+491712345678": "mobile"},
            "address": "Friedrichstraße 123, 10117 Berlin",
            "region": "DE",
        },
    ),
    (
        "b3-de-hamburg-slash-area",
        "Hanse Logistik AG\n"
        "Jan-Peter Schulz\n"
        "Key Account Manager\n"
        "Telefon 040 / 3037 2280\n"
        "Mobil 0160 / 9123 4471\n"
        "jp.schulz@hanse-logistik.de\n"
        "Am Sandtorkai 50 · 20457 Hamburg",
        {
            "name": "Jan-Peter Schulz",
            "given_name": "Jan-Peter",
            "family_name": "Schulz",
            "title": "Key Account Manager",
            "company": "Hanse Logistik AG",
            "emails": ["jp.schulz@hanse-logistik.de"],
            "phones": {"+494030372280": "work", "+4916091234471": "mobile"},
            "address": "Am Sandtorkai 50, 20457 Hamburg",
            "region": "DE",
        },
    ),
    (
        "b3-fr-paris-pairs-of-digits",
        "Maison Lefèvre Conseil\n"
        "Claire Dubois\n"
        "Directrice Associée\n"
        "Tél. 01 42 68 53 10\n"
        "Mob. 06 12 34 56 78\n"
        "claire.dubois@lefevre-conseil.fr\n"
        "www.lefevre-conseil.fr\n"
        "18 rue de la Paix\n"
        "75002 Paris, France",
        {
            "name": "Claire Dubois",
            "given_name": "Claire",
            "family_name": "Dubois",
            "title": "Directrice Associée",
            "company": "Maison Lefèvre Conseil",
            "emails": ["claire.dubois@lefevre-conseil.fr"],
            "phones": {"+33142685310": "work", "+33612345678": "mobile"},
            "websites": ["www.lefevre-conseil.fr"],
            "address": "18 rue de la Paix, 75002 Paris, France",
            "region": "FR",
        },
    ),
    (
        "b3-fr-lyon-plus33-zero",
        "RHÔNE BIOTECH SAS\n"
        "Thomas Garnier\n"
        "Responsable Commercial\n"
        "T +33 (0)4 78 42 17 90\n"
        "M +33 (0)6 71 28 44 09\n"
        "t.garnier@rhonebiotech.fr\n"
        "60 avenue Rockefeller, 69008 Lyon",
        {
            "name": "Thomas Garnier",
            "given_name": "Thomas",
            "family_name": "Garnier",
            "title": "Responsable Commercial",
            "company": "Rhône Biotech SAS",
            "emails": ["t.garnier@rhonebiotech.fr"],
            "phones": {"+33478421790": "work", "+33671284409": "mobile"},
            "address": "60 avenue Rockefeller, 69008 Lyon",
            "region": "FR",
        },
    ),
    (
        "b3-fr-bakery-no-person",
        "BOULANGERIE SAINT-HONORÉ\n"
        "Pains · Viennoiseries · Pâtisseries\n"
        "12 place du Marché\n"
        "33000 Bordeaux\n"
        "05 56 44 21 90\n"
        "contact@boulangerie-sainthonore.fr",
        {
            "name": None,
            "title": None,
            "company": "Boulangerie Saint-Honoré",
            "emails": ["contact@boulangerie-sainthonore.fr"],
            "phones": {"+33556442190": "work"},
            "address": "12 place du Marché, 33000 Bordeaux",
            "region": "FR",
        },
    ),
    (
        "b3-au-sydney-level-national",
        "Harbourside Legal\n"
        "Olivia Chapman\n"
        "Senior Associate\n"
        "P (02) 9876 5432\n"
        "M 0412 345 678\n"
        "ochapman@harbourside.com.au\n"
        "www.harbourside.com.au\n"
        "Level 12, 60 Margaret Street\n"
        "Sydney NSW 2000",
        {
            "name": "Olivia Chapman",
            "given_name": "Olivia",
            "family_name": "Chapman",
            "title": "Senior Associate",
            "company": "Harbourside Legal",
            "emails": ["ochapman@harbourside.com.au"],
            "phones": {"+61298765432": "work", "+61412345678": "mobile"},
            "websites": ["www.harbourside.com.au"],
            "address": "Level 12, 60 Margaret Street, Sydney NSW 2000",
            "region": "AU",
        },
    ),
    (
        "b3-au-melbourne-plus61",
        "Yarra Analytics Pty Ltd\n"
        "Liam O'Sullivan\n"
        "Data Science Lead\n"
        "T +61 3 9614 2270\n"
        "M +61 418 552 903\n"
        "liam@yarraanalytics.com.au\n"
        "Level 4, 101 Collins Street, Melbourne VIC 3000, Australia",
        {
            "name": "Liam O'Sullivan",
            "given_name": "Liam",
            "family_name": "O'Sullivan",
            "title": "Data Science Lead",
            "company": "Yarra Analytics Pty Ltd",
            "emails": ["liam@yarraanalytics.com.au"],
            "phones": {"+61396142270": "work", "+61418552903": "mobile"},
            "address": "Level 4, 101 Collins Street, Melbourne VIC 3000, Australia",
            "region": "AU",
        },
    ),
    (
        "b3-au-brisbane-tradie-abn",
        "SUNCOAST ROOFING\n"
        "ABN 51 824 753 556\n"
        "Dave Mitchell\n"
        "Director\n"
        "0438 221 907\n"
        "dave@suncoastroofing.com.au\n"
        "Servicing Brisbane & Gold Coast",
        {
            "name": "Dave Mitchell",
            "given_name": "Dave",
            "family_name": "Mitchell",
            "title": "Director",
            "company": "Suncoast Roofing",
            "emails": ["dave@suncoastroofing.com.au"],
            "phones": {"+61438221907": "mobile"},
            "region": "AU",
        },
    ),
    (
        "b3-sg-raffles-place-unit",
        "Lion City Capital Pte. Ltd.\n"
        "Tan Wei Ming\n"
        "Vice President, Investments\n"
        "T +65 6221 3340\n"
        "M +65 9123 4567\n"
        "weiming.tan@lioncitycap.com.sg\n"
        "1 Raffles Place, #20-61\n"
        "Singapore 048616",
        {
            "name": "Tan Wei Ming",
            "title": "Vice President, Investments",
            "company": "Lion City Capital Pte. Ltd.",
            "emails": ["weiming.tan@lioncitycap.com.sg"],
            "phones": {"+6562213340": "work", "+6591234567": "mobile"},
            "address": "1 Raffles Place, #20-61, Singapore 048616",
            "region": "SG",
        },
    ),
    (
        "b3-sg-no-plus-eight-digits",
        "Merlion Events Pte Ltd\n"
        "Priscilla Goh\n"
        "Event Manager\n"
        "Office: 6538 1120\n"
        "HP: 8234 5591\n"
        "priscilla@merlionevents.sg\n"
        "www.merlionevents.sg",
        {
            "name": "Priscilla Goh",
            "given_name": "Priscilla",
            "family_name": "Goh",
            "title": "Event Manager",
            "company": "Merlion Events Pte Ltd",
            "emails": ["priscilla@merlionevents.sg"],
            "phones": {"+6565381120": "work", "+6582345591": "mobile"},
            "websites": ["www.merlionevents.sg"],
            "region": "SG",
        },
    ),
    (
        "b3-in-bangalore-plus91",
        "Nilgiri Software Services Pvt. Ltd.\n"
        "Arjun Krishnamurthy\n"
        "Delivery Head\n"
        "Ph: +91 80 4112 5560\n"
        "Mob: +91 98450 12345\n"
        "arjun.k@nilgirisoft.in\n"
        "www.nilgirisoft.in\n"
        "4th Floor, Prestige Tower, MG Road\n"
        "Bengaluru 560001, India",
        {
            "name": "Arjun Krishnamurthy",
            "given_name": "Arjun",
            "family_name": "Krishnamurthy",
            "title": "Delivery Head",
            "company": "Nilgiri Software Services Pvt. Ltd.",
            "emails": ["arjun.k@nilgirisoft.in"],
            "phones": {"+918041125560": "work", "+919845012345": "mobile"},
            "websites": ["www.nilgirisoft.in"],
            "address": "4th Floor, Prestige Tower, MG Road, Bengaluru 560001, India",
            "region": "IN",
        },
    ),
    (
        "b3-in-mumbai-national",
        "Sagar Exports\n"
        "Rohan Mehta\n"
        "Partner\n"
        "Tel: 022-2287 4410\n"
        "Mobile: 98201 33478\n"
        "rohan@sagarexports.co.in\n"
        "Office No. 12, Nariman Bhavan, Nariman Point, Mumbai 400021",
        {
            "name": "Rohan Mehta",
            "given_name": "Rohan",
            "family_name": "Mehta",
            "title": "Partner",
            "company": "Sagar Exports",
            "emails": ["rohan@sagarexports.co.in"],
            "phones": {"+912222874410": "work", "+919820133478": "mobile"},
            "address": "Office No. 12, Nariman Bhavan, Nariman Point, Mumbai 400021",
            "region": "IN",
        },
    ),
    (
        "b3-in-delhi-hyphenated-plus91",
        "Dr. Neha Sharma\n"
        "MBBS, MD (Dermatology)\n"
        "Consultant Dermatologist\n"
        "SkinCare Plus Clinic\n"
        "+91-11-4160-2235\n"
        "+91 99100 45872\n"
        "drneha@skincareplus.in",
        {
            "name": "Neha Sharma",
            "given_name": "Neha",
            "family_name": "Sharma",
            "title": "Consultant Dermatologist",
            "company": "SkinCare Plus Clinic",
            "emails": ["drneha@skincareplus.in"],
            "phones": {"+911141602235": "work", "+919910045872": "mobile"},
            "region": "IN",
        },
    ),
    (
        "b3-ca-toronto-cell-postcode",
        "Maple Leaf Advisory Inc.\n"
        "Sarah Thompson, CPA\n"
        "Senior Manager, Tax\n"
        "T (416) 362-1847\n"
        "C 647-882-3015\n"
        "sthompson@mapleleafadvisory.ca\n"
        "100 King Street West, Suite 5600\n"
        "Toronto, ON M5X 1C9\n"
        "Canada",
        {
            "name": "Sarah Thompson",
            "given_name": "Sarah",
            "family_name": "Thompson",
            "title": "Senior Manager, Tax",
            "company": "Maple Leaf Advisory Inc.",
            "emails": ["sthompson@mapleleafadvisory.ca"],
            "phones": {"+14163621847": "work", "+16478823015": "mobile"},
            "address": "100 King Street West, Suite 5600, Toronto, ON M5X 1C9, Canada",
            "region": "CA",
        },
    ),
    (
        "b3-ca-vancouver-dots",
        "Coastline Outdoor Gear\n"
        "Ethan Wong\n"
        "Store Manager\n"
        "604.688.2290\n"
        "ethan@coastlinegear.ca\n"
        "coastlinegear.ca\n"
        "1122 Robson St, Vancouver, BC V6E 1B2",
        {
            "name": "Ethan Wong",
            "given_name": "Ethan",
            "family_name": "Wong",
            "title": "Store Manager",
            "company": "Coastline Outdoor Gear",
            "emails": ["ethan@coastlinegear.ca"],
            "phones": {"+16046882290": "work"},
            "websites": ["coastlinegear.ca"],
            "address": "1122 Robson St, Vancouver, BC V6E 1B2",
            "region": "CA",
        },
    ),
    (
        "b3-ca-montreal-french-poste",
        "Groupe Saint-Laurent Média\n"
        "Isabelle Tremblay\n"
        "Directrice des ventes\n"
        "Tél. 514 845-2210 poste 230\n"
        "Cell. 514 909-4417\n"
        "itremblay@gslmedia.ca\n"
        "1250, boul. René-Lévesque Ouest, bureau 2200\n"
        "Montréal (Québec) H3B 4W8",
        {
            "name": "Isabelle Tremblay",
            "given_name": "Isabelle",
            "family_name": "Tremblay",
            "title": "Directrice des ventes",
            "company": "Groupe Saint-Laurent Média",
            "emails": ["itremblay@gslmedia.ca"],
            "phones": {"+15148452210": "work", "+15149094417": "mobile"},
            "address": "1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8",
            "region": "CA",
        },
    ),
    (
        "b3-nl-amsterdam-plus31-zero",
        "Grachten Design B.V.\n"
        "Sanne de Vries\n"
        "Creative Director\n"
        "T +31 (0)20 521 4470\n"
        "M +31 (0)6 4123 8890\n"
        "sanne@grachtendesign.nl\n"
        "www.grachtendesign.nl\n"
        "Herengracht 182\n"
        "1016 BR Amsterdam\n"
        "The Netherlands",
        {
            "name": "Sanne de Vries",
            "given_name": "Sanne",
            "family_name": "de Vries",
            "title": "Creative Director",
            "company": "Grachten Design B.V.",
            "emails": ["sanne@grachtendesign.nl"],
            "phones": {"+31205214470": "work", "+31641238890": "mobile"},
            "websites": ["www.grachtendesign.nl"],
            "address": "Herengracht 182, 1016 BR Amsterdam, The Netherlands",
            "region": "NL",
        },
    ),
    (
        "b3-nl-rotterdam-national",
        "Maas Havenservice\n"
        "Pieter Jansen\n"
        "Operationeel Manager\n"
        "tel. 010 214 3350\n"
        "mob. 06-12345678\n"
        "p.jansen@maashavenservice.nl\n"
        "Waalhaven Z.z. 19, 3089 JH Rotterdam",
        {
            "name": "Pieter Jansen",
            "given_name": "Pieter",
            "family_name": "Jansen",
            "title": "Operationeel Manager",
            "company": "Maas Havenservice",
            "emails": ["p.jansen@maashavenservice.nl"],
            "phones": {"+31102143350": "work", "+31612345678": "mobile"},
            "address": "Waalhaven Z.z. 19, 3089 JH Rotterdam",
            "region": "NL",
        },
    ),
    (
        "b3-br-sao-paulo-plus55",
        "Paulista Tecnologia Ltda.\n"
        "Lucas Oliveira\n"
        "Gerente de Projetos\n"
        "Tel: +55 11 3045-2280\n"
        "Cel: +55 11 98765-4321\n"
        "lucas.oliveira@paulistatec.com.br\n"
        "www.paulistatec.com.br\n"
        "Av. Paulista, 1578 - 10º andar\n"
        "São Paulo - SP, 01310-200, Brasil",
        {
            "name": "Lucas Oliveira",
            "given_name": "Lucas",
            "family_name": "Oliveira",
            "title": "Gerente de Projetos",
            "company": "Paulista Tecnologia Ltda.",
            "emails": ["lucas.oliveira@paulistatec.com.br"],
            "phones": {"+551130452280": "work", "+5511987654321": "mobile"},
            "websites": ["www.paulistatec.com.br"],
            "address": "Av. Paulista, 1578 - 10º andar, São Paulo - SP, 01310-200, Brasil",
            "region": "BR",
        },
    ),
    (
        "b3-br-rio-national-paren",
        "Carioca Arquitetura\n"
        "Mariana Costa\n"
        "Arquiteta\n"
        "(21) 2533-4410\n"
        "(21) 99812-3367\n"
        "mariana@cariocaarq.com.br",
        {
            "name": "Mariana Costa",
            "given_name": "Mariana",
            "family_name": "Costa",
            "title": "Arquiteta",
            "company": "Carioca Arquitetura",
            "emails": ["mariana@cariocaarq.com.br"],
            "phones": {"+552125334410": "work", "+5521998123367": "mobile"},
            "region": "BR",
        },
    ),
    (
        "b3-mx-cdmx-plus52",
        "Grupo Reforma Consultores S.C.\n"
        "Alejandro Ramírez\n"
        "Director General\n"
        "Tel. +52 55 5280 1140\n"
        "Cel. +52 55 4120 9987\n"
        "aramirez@reformaconsultores.com.mx\n"
        "Paseo de la Reforma 250, Piso 8\n"
        "Col. Juárez, 06600 Ciudad de México, México",
        {
            "name": "Alejandro Ramírez",
            "given_name": "Alejandro",
            "family_name": "Ramírez",
            "title": "Director General",
            "company": "Grupo Reforma Consultores S.C.",
            "emails": ["aramirez@reformaconsultores.com.mx"],
            "phones": {"+525552801140": "work", "+525541209987": "mobile"},
            "address": "Paseo de la Reforma 250, Piso 8, Col. Juárez, 06600 Ciudad de México, México",
            "region": "MX",
        },
    ),
    (
        "b3-mx-monterrey-national",
        "Aceros del Norte S.A. de C.V.\n"
        "Ing. Fernanda Garza\n"
        "Gerente de Compras\n"
        "Tel. (81) 8363 2210\n"
        "fgarza@acerosdelnorte.mx\n"
        "www.acerosdelnorte.mx",
        {
            "name": "Fernanda Garza",
            "given_name": "Fernanda",
            "family_name": "Garza",
            "title": "Gerente de Compras",
            "company": "Aceros del Norte S.A. de C.V.",
            "emails": ["fgarza@acerosdelnorte.mx"],
            "phones": {"+528183632210": "work"},
            "websites": ["www.acerosdelnorte.mx"],
            "region": "MX",
        },
    ),
    (
        "b3-uk-bristol-architects-dot-format",
        "Severn & Avon Architects\n"
        "Oliver Bennett RIBA\n"
        "Director\n"
        "0117 929 4470\n"
        "07723 118 942\n"
        "oliver@severnavon.co.uk\n"
        "severnavon.co.uk\n"
        "3 Queen Square, Bristol BS1 4JQ",
        {
            "name": "Oliver Bennett",
            "given_name": "Oliver",
            "family_name": "Bennett",
            "title": "Director",
            "company": "Severn & Avon Architects",
            "emails": ["oliver@severnavon.co.uk"],
            "phones": {"+441179294470": "work", "+447723118942": "mobile"},
            "websites": ["severnavon.co.uk"],
            "address": "3 Queen Square, Bristol BS1 4JQ",
            "region": "GB",
        },
    ),
    (
        "b3-de-stuttgart-no-plus-prefix-0049",
        "Neckar Automotive Systems GmbH\n"
        "Stefan Wagner\n"
        "Senior Projektingenieur\n"
        "Tel. 0049 711 9382 410\n"
        "stefan.wagner@neckar-as.de\n"
        "Heilbronner Str. 150\n"
        "70191 Stuttgart, Germany",
        {
            "name": "Stefan Wagner",
            "given_name": "Stefan",
            "family_name": "Wagner",
            "title": "Senior Projektingenieur",
            "company": "Neckar Automotive Systems GmbH",
            "emails": ["stefan.wagner@neckar-as.de"],
            "phones": {"+497119382410": "work"},
            "address": "Heilbronner Str. 150, 70191 Stuttgart, Germany",
            "region": "DE",
        },
    ),
    (
        "b3-au-perth-company-only",
        "SWAN RIVER DENTAL\n"
        "Gentle Family Dentistry\n"
        "Ph (08) 9321 4470\n"
        "reception@swanriverdental.com.au\n"
        "www.swanriverdental.com.au\n"
        "Shop 3, 88 St Georges Terrace\n"
        "Perth WA 6000",
        {
            "name": None,
            "title": None,
            "company": "Swan River Dental",
            "emails": ["reception@swanriverdental.com.au"],
            "phones": {"+61893214470": "work"},
            "websites": ["www.swanriverdental.com.au"],
            "address": "Shop 3, 88 St Georges Terrace, Perth WA 6000",
            "region": "AU",
        },
    ),
    (
        "b3-in-chennai-landline-std",
        "Coromandel Textiles Ltd.\n"
        "S. Venkatesh\n"
        "General Manager - Exports\n"
        "Tel: 044-2434 5567\n"
        "Fax: 044-2434 5568\n"
        "Cell: 94440 21876\n"
        "venkatesh@coromandeltex.com\n"
        "No. 45, Anna Salai, Chennai - 600002",
        {
            "name": "S. Venkatesh",
            "title": "General Manager - Exports",
            "company": "Coromandel Textiles Ltd.",
            "emails": ["venkatesh@coromandeltex.com"],
            "phones": {"+914424345567": "work", "+914424345568": "fax", "+919444021876": "mobile"},
            "address": "No. 45, Anna Salai, Chennai - 600002",
            "region": "IN",
        },
    ),
    (
        "b3-nl-eindhoven-english",
        "Brabant Photonics B.V.\n"
        "Dr. ir. Lotte van den Berg\n"
        "Chief Technology Officer\n"
        "+31 40 247 3380\n"
        "lotte.vandenberg@brabantphotonics.nl\n"
        "High Tech Campus 9, 5656 AE Eindhoven, the Netherlands",
        {
            "name": "Lotte van den Berg",
            "given_name": "Lotte",
            "family_name": "van den Berg",
            "title": "Chief Technology Officer",
            "company": "Brabant Photonics B.V.",
            "emails": ["lotte.vandenberg@brabantphotonics.nl"],
            "phones": {"+31402473380": "work"},
            "address": "High Tech Campus 9, 5656 AE Eindhoven, the Netherlands",
            "region": "NL",
        },
    ),
    (
        "b3-sg-plus65-hyphen-no-title",
        "Kopi Corner Holdings Pte Ltd\n"
        "Lim Jia Hui\n"
        "+65 6735-2281\n"
        "jiahui@kopicorner.com.sg\n"
        "290 Orchard Road, #05-12, Singapore 238859",
        {
            "name": "Lim Jia Hui",
            "title": None,
            "company": "Kopi Corner Holdings Pte Ltd",
            "emails": ["jiahui@kopicorner.com.sg"],
            "phones": {"+6567352281": "work"},
            "address": "290 Orchard Road, #05-12, Singapore 238859",
            "region": "SG",
        },
    ),
]

ALL: list[Case] = US + JP + INTL
