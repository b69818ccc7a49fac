"""English words for what is written short: months, currencies, units, titles, streets, states, initialisms.

Data only; :mod:`.en` and its step modules read it. Spellings are American
("meter"), which eSpeak NG says the same as the British ones.
"""

from __future__ import annotations

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTH_ABBREVIATIONS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June", "Jul": "July",
    "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December",
}  # fmt: skip

# ISO code → (one, many, one minor unit, many minor units); "hrivnia" is spelled so that eSpeak says it right.
CURRENCIES = {
    "USD": ("dollar", "dollars", "cent", "cents"),
    "US$": ("U.S. dollar", "U.S. dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "UAH": ("hrivnia", "hrivnias", "kopiyka", "kopiykas"),
    "RUB": ("ruble", "rubles", "kopeck", "kopecks"),
    "JPY": ("yen", "yen", "", ""),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZD": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HKD": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "SGD": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "CNY": ("yuan", "yuan", "fen", "fen"),
    "RMB": ("yuan", "yuan", "fen", "fen"),
    "INR": ("rupee", "rupees", "paisa", "paise"),
    "KRW": ("won", "won", "", ""),
    "PLN": ("zloty", "zloty", "grosz", "groszy"),
    "SEK": ("Swedish krona", "Swedish kronor", "ore", "ore"),
    "NOK": ("Norwegian krone", "Norwegian kroner", "ore", "ore"),
    "DKK": ("Danish krone", "Danish kroner", "ore", "ore"),
    "TRY": ("Turkish lira", "Turkish lira", "kurus", "kurus"),
    "BRL": ("real", "reais", "centavo", "centavos"),
    "MXN": ("Mexican peso", "Mexican pesos", "centavo", "centavos"),
    "ZAR": ("rand", "rand", "cent", "cents"),
    "ILS": ("shekel", "shekels", "agora", "agorot"),
    "CZK": ("koruna", "korunas", "haler", "halers"),
    "HUF": ("forint", "forints", "filler", "fillers"),
    "BTC": ("bitcoin", "bitcoin", "", ""),
    "NGN": ("naira", "naira", "kobo", "kobo"),
    "THB": ("baht", "baht", "satang", "satang"),
    "VND": ("dong", "dong", "", ""),
    "GHS": ("cedi", "cedis", "pesewa", "pesewas"),
    "KZT": ("tenge", "tenge", "", ""),
    "KES": ("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
    "PKR": ("Pakistani rupee", "Pakistani rupees", "paisa", "paise"),
    "IDR": ("rupiah", "rupiah", "", ""),
    "MYR": ("ringgit", "ringgit", "sen", "sen"),
    "AED": ("dirham", "dirhams", "fils", "fils"),
    "AZN": ("manat", "manats", "qapik", "qapik"),
    "₱": ("Philippine peso", "Philippine pesos", "centavo", "centavos"),
    "₾": ("lari", "lari", "tetri", "tetri"),
    "₲": ("guarani", "guaranis", "", ""),
    "₡": ("colon", "colones", "", ""),
    "₭": ("kip", "kip", "", ""),
    "₮": ("tugrik", "tugriks", "", ""),
}
"""Signs without an ISO code of their own here are their own key: "PHP" and "GEL" are also a language and a gel."""
CURRENCY_SIGNS = {
    "$": "USD", "US$": "US$", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "₴": "UAH", "¥": "JPY", "₽": "RUB", "₹": "INR",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "zł": "PLN", "Rs": "INR", "Rs.": "INR", "₿": "BTC", "₦": "NGN", "฿": "THB", "₫": "VND", "₵": "GHS", "₸": "KZT", "₼": "AZN",
}  # fmt: skip
SCALES = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "mn": "million", "mln": "million", "bn": "billion", "bln": "billion", "tn": "trillion", "trn": "trillion",
    "k": "thousand", "K": "thousand", "m": "million", "b": "billion", "M": "million", "B": "billion",
    "lakh": "lakh", "crore": "crore", "lakh crore": "lakh crore", "thousand crore": "thousand crore",
}  # fmt: skip
"""Scales after a number; Indian amounts compound two ("₹48 lakh crore", "Rs 20 thousand crore")."""

UNITS = {
    "km": ("kilometer", "kilometers"), "m": ("meter", "meters"), "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"), "mi": ("mile", "miles"), "ft": ("foot", "feet"), "yd": ("yard", "yards"), "yds": ("yard", "yards"), "st": ("stone", "stone"),
    "pts": ("point", "points"), "pt": ("pint", "pints"),
    "km²": ("square kilometer", "square kilometers"), "sq km": ("square kilometer", "square kilometers"),
    "m²": ("square meter", "square meters"), "sq m": ("square meter", "square meters"), "ha": ("hectare", "hectares"),
    "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
    "t": ("tonne", "tonnes"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "l": ("liter", "liters"), "L": ("liter", "liters"), "ml": ("milliliter", "milliliters"),
    "km/h": ("kilometer per hour", "kilometers per hour"), "kph": ("kilometer per hour", "kilometers per hour"),
    "mph": ("mile per hour", "miles per hour"), "m/s": ("meter per second", "meters per second"),
    "°C": ("degree Celsius", "degrees Celsius"), "℃": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"), "℉": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"), "kV": ("kilovolt", "kilovolts"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "KB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
    "Mbps": ("megabit per second", "megabits per second"), "Gbps": ("gigabit per second", "gigabits per second"),
    "Mb": ("megabit", "megabits"), "Gb": ("gigabit", "gigabits"),
    "h": ("hour", "hours"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "min": ("minute", "minutes"), "mins": ("minute", "minutes"), "sec": ("second", "seconds"),
    "%": ("percent", "percent"), "pc": ("percent", "percent"), "bp": ("basis point", "basis points"),
    "bps": ("basis point", "basis points"), "bbl": ("barrel", "barrels"),
    "nm": ("nanometer", "nanometers"), "μm": ("micrometer", "micrometers"), "µm": ("micrometer", "micrometers"),
    "au": ("astronomical unit", "astronomical units"), "AU": ("astronomical unit", "astronomical units"),
    "hp": ("horsepower", "horsepower"), "mmHg": ("millimeter of mercury", "millimeters of mercury"), "mm Hg": ("millimeter of mercury", "millimeters of mercury"), "bhp": ("brake horsepower", "brake horsepower"),
    "sq mi": ("square mile", "square miles"), "sq ft": ("square foot", "square feet"), "sq-ft": ("square foot", "square feet"), "sq in": ("square inch", "square inches"),
    "mi²": ("square mile", "square miles"), "ft²": ("square foot", "square feet"), "km2": ("square kilometer", "square kilometers"),
    "m2": ("square meter", "square meters"), "cm²": ("square centimeter", "square centimeters"), "m³": ("cubic meter", "cubic meters"),
    "cu ft": ("cubic foot", "cubic feet"), "cu m": ("cubic meter", "cubic meters"), "cu yd": ("cubic yard", "cubic yards"),
    "cu in": ("cubic inch", "cubic inches"), "cu cm": ("cubic centimeter", "cubic centimeters"), "cc": ("c c", "c c"), "mL": ("milliliter", "milliliters"),
    "gal": ("gallon", "gallons"), "US gal": ("U.S. gallon", "U.S. gallons"), "qt": ("quart", "quarts"), "fl oz": ("fluid ounce", "fluid ounces"), "oz.": ("ounce", "ounces"),
    "lb.": ("pound", "pounds"), "lbs.": ("pound", "pounds"), "in.": ("inch", "inches"), "ft.": ("foot", "feet"),
    "dB": ("decibel", "decibels"), "kcal": ("kilocalorie", "kilocalories"), "ms": ("millisecond", "milliseconds"),
    "kB": ("kilobyte", "kilobytes"), "PB": ("petabyte", "petabytes"), "Kbps": ("kilobit per second", "kilobits per second"),
    "kbps": ("kilobit per second", "kilobits per second"), "mbps": ("megabit per second", "megabits per second"),
    "rpm": ("revolution per minute", "revolutions per minute"), "psi": ("p s i", "p s i"), "mAh": ("milliamp hour", "milliamp hours"),
    "kN": ("kilonewton", "kilonewtons"), "kPa": ("kilopascal", "kilopascals"), "MPa": ("megapascal", "megapascals"),
    "ppm": ("part per million", "parts per million"), "ppb": ("part per billion", "parts per billion"),
    "mg/L": ("milligram per liter", "milligrams per liter"), "kt": ("knot", "knots"), "kn": ("knot", "knots"),
    "V": ("volt", "volts"), "mV": ("millivolt", "millivolts"), "kJ": ("kilojoule", "kilojoules"), "MJ": ("megajoule", "megajoules"),
    "sq. ft.": ("square foot", "square feet"), "sq. mi.": ("square mile", "square miles"),
    "sq. m": ("square meter", "square meters"), "sq. km": ("square kilometer", "square kilometers"),
    "kmph": ("kilometer per hour", "kilometers per hour"), "¢": ("cent", "cents"), "pct": ("percent", "percent"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "mo": ("month", "months"), "mth": ("month", "months"), "mths": ("month", "months"), "mos": ("month", "months"), "wk": ("week", "weeks"),
    "km/s": ("kilometer per second", "kilometers per second"), "ft/s": ("foot per second", "feet per second"),
    "dL": ("deciliter", "deciliters"), "kbit": ("kilobit", "kilobits"), "Mbit": ("megabit", "megabits"),
    "Gbit": ("gigabit", "gigabits"), "hPa": ("hectopascal", "hectopascals"), "mbar": ("millibar", "millibars"),
    "mb": ("millibar", "millibars"), "mM": ("millimolar", "millimolar"), "µM": ("micromolar", "micromolar"),
    "μM": ("micromolar", "micromolar"), "nM": ("nanomolar", "nanomolar"),
    "tbsp": ("tablespoon", "tablespoons"),
    "µg": ("microgram", "micrograms"), "μg": ("microgram", "micrograms"), "mcg": ("microgram", "micrograms"),
    "kDa": ("kilodalton", "kilodaltons"), "GPa": ("gigapascal", "gigapascals"), "Ω": ("ohm", "ohms"),
    "mA": ("milliamp", "milliamps"), "cL": ("centiliter", "centiliters"), "cl": ("centiliter", "centiliters"),
    "dl": ("deciliter", "deciliters"), "mpg": ("mile per gallon", "miles per gallon"), "wks": ("week", "weeks"),
    "ct": ("carat", "carats"), "kWp": ("kilowatt peak", "kilowatts peak"),
    "tsp": ("teaspoon", "teaspoons"), "dpi": ("dot per inch", "dots per inch"), "fps": ("frame per second", "frames per second"),
    "bpm": ("beat per minute", "beats per minute"), "mmol": ("millimole", "millimoles"), "mol": ("mole", "moles"),
    "µl": ("microliter", "microliters"), "μl": ("microliter", "microliters"), "µL": ("microliter", "microliters"), "μL": ("microliter", "microliters"),
    "Sv": ("sievert", "sieverts"), "mSv": ("millisievert", "millisieverts"), "μSv": ("microsievert", "microsieverts"),
    "µSv": ("microsievert", "microsieverts"), "Bq": ("becquerel", "becquerels"), "MP": ("megapixel", "megapixels"),
    "Gt": ("gigatonne", "gigatonnes"), "Mt": ("megatonne", "megatonnes"), "μs": ("microsecond", "microseconds"), "µs": ("microsecond", "microseconds"),
    "ns": ("nanosecond", "nanoseconds"), "ac": ("acre", "acres"),
    "Nm": ("newton meter", "newton meters"), "N·m": ("newton meter", "newton meters"), "lb-ft": ("pound-foot", "pound-feet"),
    "Wh": ("watt hour", "watt hours"), "ly": ("light year", "light years"), "sq yd": ("square yard", "square yards"),
    "in²": ("square inch", "square inches"), "in³": ("cubic inch", "cubic inches"), "bpd": ("barrel per day", "barrels per day"),
    "b/d": ("barrel per day", "barrels per day"), "K": ("kelvin", "kelvin"),
    "mb/d": ("million barrels per day", "million barrels per day"), "mbpd": ("million barrels per day", "million barrels per day"),
    "bcm": ("billion cubic meters", "billion cubic meters"),
    "cal": ("calorie", "calories"), "J": ("joule", "joules"), "GJ": ("gigajoule", "gigajoules"), "atm": ("atmosphere", "atmospheres"),
    "fl. oz.": ("fluid ounce", "fluid ounces"), "fl. oz": ("fluid ounce", "fluid ounces"), "bbl/d": ("barrel per day", "barrels per day"),
}  # fmt: skip
UNITS.update(
    {
        f"{short}{mark}": (f"{power} {UNITS[short][0]}", f"{power} {UNITS[short][1]}")
        for short in ("km", "m", "cm", "mm", "mi", "ft", "yd")
        for mark, power in (("²", "square"), ("³", "cubic"), ("2", "square"), ("3", "cubic"))
    }
)
"""Every length unit squared and cubed, also with the power typed as a digit: "km³" → "cubic kilometers", "mi2"."""
UNITS["nmi"] = ("nautical mile", "nautical miles")
PER = {
    **{short: one for short, (one, _) in UNITS.items() if short != "%"},
    "bbl": "barrel", "mo": "month", "month": "month", "yr": "year", "year": "year", "wk": "week", "week": "week", "day": "day",
    "s²": "second squared", "d": "day", "person": "person", "capita": "capita", "head": "head", "unit": "unit", "night": "night", "hour": "hour",
    "s": "second", "s2": "second squared", "100 km": "hundred kilometers", "100km": "hundred kilometers",
    "litre": "liter", "liter": "liter", "barrel": "barrel", "gallon": "gallon", "tonne": "tonne", "ton": "ton",
    "ounce": "ounce", "share": "share", "kilo": "kilo", "bushel": "bushel", "pound": "pound",
}  # fmt: skip
"""What may follow a slash after an amount: "$15/mo" is fifteen dollars per month."""

TITLES = {
    "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Dr": "Doctor", "Prof": "Professor", "St": "Saint", "Sts": "Saints",
    "Mt": "Mount", "Ft": "Fort", "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major",
    "Capt": "Captain", "Sgt": "Sergeant", "Cpl": "Corporal", "Pvt": "Private", "Adm": "Admiral",
    "Cmdr": "Commander", "Cdr": "Commander", "Brig": "Brigadier", "Gov": "Governor", "Sen": "Senator",
    "Rep": "Representative", "Rev": "Reverend", "Fr": "Father", "Hon": "Honourable", "Rt": "Right", "Pres": "President",
    "Supt": "Superintendent", "Det": "Detective", "Insp": "Inspector", "Atty": "Attorney", "Amb": "Ambassador",
    "Sec": "Secretary", "Mme": "Madame", "Mlle": "Mademoiselle", "Messrs": "Messers", "Pt": "Point",
    "Msgr": "Monsignor", "Gens": "Generals", "Sens": "Senators", "Reps": "Representatives",
}  # fmt: skip
BARE_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt"})
"""Titles also written without a period (British style: "Dr Jones"); the others need theirs ("Gen Z")."""
STREETS = {
    "St": "Street", "Dr": "Drive", "Ave": "Avenue", "Av": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Ln": "Lane",
    "Sq": "Square", "Hwy": "Highway", "Ct": "Court", "Pl": "Place", "Pkwy": "Parkway", "Ter": "Terrace",
    "Cir": "Circle", "Trl": "Trail", "Expy": "Expressway", "Fwy": "Freeway", "Cres": "Crescent", "Tpke": "Turnpike",
    "Plz": "Plaza",
}  # fmt: skip
"""Street types after a name ("Oak Dr." → "Oak Drive"); after a house number also lower case ("San Tomas hwy")."""
STREET_WORDS = ("Street", "Avenue", "Road", "Boulevard", "Lane", "Drive", "Place", "Terrace", "Parkway", "Highway")
"""Street types written whole that make the number before a house number ("221 Baker Street")."""
COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
"""Directions between a house number and the street name ("12 S 1st St")."""
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "D.C.",
}  # fmt: skip
"""US state codes, read as names after a town and a comma ("Austin, TX")."""
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
"""US states as the AP stylebook shortens them, read as names after a town and a comma ("Salem, Ore.")."""
WEEKDAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Thur": "Thursday",
    "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday",
}  # fmt: skip
"""Days written short, read in full in a range ("Mon-Fri")."""
ABBREVIATIONS = {
    "etc.": "et cetera", "e.g.": "for example", "i.e.": "that is", "vs.": "versus", "vs": "versus",
    "approx.": "approximately", "Approx.": "Approximately", "cf.": "compare", "Cf.": "Compare", "E.g.": "For example",
    "I.e.": "That is", "Incl.": "Including", "Excl.": "Excluding", "et al.": "and others", "a.k.a.": "also known as",
    "aka": "also known as", "Esq.": "Esquire", "Rt. Hon.": "Right Honourable", "Rt Hon": "Right Honourable", "Hon.": "Honourable", "Jr.": "Junior", "Sr.": "Senior", "Inc.": "Incorporated", "Ltd.": "Limited",
    "Ltd": "Limited", "feat.": "featuring", "Feat.": "Featuring", "Utd": "United", "Corp.": "Corporation", "Bros.": "Brothers", "Dept.": "Department", "Univ.": "University",
    "Assn.": "Association", "Asst.": "Assistant", "Assoc.": "Associate", "Natl.": "National",
    "Twp.": "Township", "Jct.": "Junction", "Hts.": "Heights", "Mtn.": "Mountain", "Ctr.": "Center", "Intl.": "International", "Govt.": "Government", "govt": "government",
    "gov't": "government", "Ph.D.": "P H D", "PhD": "P H D", "incl.": "including", "excl.": "excluding",
    "WWI": "World War One", "WWII": "World War Two", "dept.": "department", "max.": "maximum", "min.": "minimum",
    "hrs": "hours", "y/y": "year on year", "Y/Y": "year on year", "QoQ": "quarter on quarter", "Q/Q": "quarter on quarter",
    "MoM": "month on month", "M/M": "month on month", "P/E": "P.E.", "w/": "with", "w/o": "without", "c/o": "care of", "ph.": "phone", "Ph.": "Phone", "Mob.": "Mobile", "Attn:": "Attention:", "attn:": "attention:", "y-o-y": "year on year", "yoy": "year on year", "m/m": "month on month", "q/q": "quarter on quarter", "YoY": "year on year",
    **{f"{short}.": full for short, full in WEEKDAYS.items() if short not in ("Sat", "Sun")},  # "Sat." is a verb, "Sun." a paper
    **{f"{short}.": full for short, full in MONTH_ABBREVIATIONS.items()},
}  # fmt: skip
NUMBER_ABBREVIATIONS = {
    "No": "number", "no": "number", "NO": "number", "Vol": "volume", "VOL": "volume", "NOS": "numbers", "Nos": "numbers", "nos": "numbers", "Nr": "number",
    "vol": "volume", "p": "page", "pp": "pages", "Art": "article", "art": "article", "Fig": "figure",
    "fig": "figure", "Ch": "chapter", "ch": "chapter", "Op": "opus", "c": "circa", "ca": "circa",
    "para": "paragraph", "paras": "paragraphs", "Para": "paragraph", "sec": "section", "Sec": "section",
    "ext": "extension", "Ext": "extension", "Apt": "apartment", "apt": "apartment", "Ste": "suite", "Rm": "room",
    "Bldg": "building", "Hwy": "highway", "Rte": "route", "Fl": "floor", "Cat": "category", "Prop": "proposition", "pop": "population", "Pop": "population", "est": "established", "Est": "established",
}  # fmt: skip
ROMAN_NUMBER_ABBREVIATIONS = frozenset("Vol vol VOL Ch ch Art art Para Sec sec".split())
"""Of :data:`NUMBER_ABBREVIATIONS`, those also written before a Roman numeral ("Vol. III", "Art. IV")."""
SYMBOLS = {
    "&": " and ", "+": " plus ", "=": " equals ", "×": " times ", "±": " plus or minus ", "≈": " about ",
    "~": " about ", "@": " at ", "#": " number ", "№": " number ", "%": " percent ", "/": " slash ",
    "°": " degrees ", "©": " copyright ", "§§": " sections ", "§": " section ", "<": " less than ", ">": " more than ",
    "≤": " less than or equal to ", "≥": " greater than or equal to ", "≠": " not equal to ", "÷": " divided by ",
    "√": " square root of ", "∞": " infinity ", "→": " to ",
}  # fmt: skip

INITIALISMS = frozenset(
    """AI AP AFP BBC CEO CEOs CIA CNN DNA EBRD ECHR EU FBI FSB GDP GUR HIV ICC ICJ ID IDF IAEA IMF LGBT LGBTQ
    MEP MP NAACP NGO OECD OHCHR OSCE PM PR SBU TV UAE UAH UK UN UNHCR US USA WHO IT AM ID OK SEC DOJ GOP ICE IS UCLA ACLU NYSE""".split()
)
"""Read letter by letter, even where the rule would read a word, and in all-capitals text."""
ACRONYMS = frozenset(
    """AIDS ASEAN COVID DOS FIFA GIF HIMARS ISIS LAN NABU NAFTA NASA NATO OPEC PIN RAM ROM SIM SWIFT UEFA
    UNESCO UNICEF NVIDIA ZIP MAX""".split()
)
"""Read as words, even where the rule would spell them."""

# Roman numerals: only I, V, X and L (1-89), so that DC, CD, MD, MI... stay initialisms.
ROMAN_CARDINAL_WORDS = frozenset(
    spelling
    for word in """War Bowl Title Chapter Phase Part Act Vatican Apollo Volume Article Section Book Stage Level Class
    Category Type Grade Round Schedule Annex Appendix Episode Season Protocol""".split()
    for spelling in (word, word.lower(), word.upper())
)
"""After these (in any case) a Roman numeral is a number: "World War II" → "World War two", "volume IV", "PART XL"."""
REGNAL_NAMES = frozenset(
    """Elizabeth Charles George Henry Edward William James John Richard Mary Anne Victoria Louis Philip Peter
    Catherine Nicholas Alexander Ivan Frederick Napoleon Paul Pius Leo Benedict Gregory Innocent Clement Francis
    Boniface Urban Sixtus Felipe Juan Carlos Willem Harald Olav Haakon Gustav Carl Rama Ramses Selim Mehmed
    Suleiman Otto Wilhelm Franz Constantine Justinian Darius Cyrus Ptolemy Alfonso Ferdinand Isabella Stephen
    Robert David Malcolm Harold Edmund Canute Alfred Casimir Sigismund Boleslaw Vladislav Ladislaus
    Ramesses Rameses Amenhotep Thutmose Tuthmosis Seti Senusret Sesostris Nebuchadnezzar Shalmaneser Sargon Antiochus
    Seleucus Cleopatra Mithridates Herod Artaxerxes Xerxes Shapur Khosrow Murad Bayezid Mahmud Osman Ahmed Mustafa
    Valentinian Theodosius Leopold Maximilian Rudolf Sancho Pedro Afonso Manuel Sebastian Christian Frederik Eric Erik
    Magnus Valdemar Olaf Knut Sweyn Mieszko Stanislaw Bela Matthias Vasily Dmitry Boris Fyodor Mikhail Alexei Umberto
    Emmanuel Michael Alexios Basil Romanos Andronikos Kamehameha Julius Adrian Hadrian Celestine Eugene Honorius Sergius
    Sylvester Anastasius Felix Callixtus Calixtus Paschal Lucius Marcellus Mohammed Muhammad Abbas Ismail Abdullah
    Hassan Faisal Fuad Farouk Idris Hussein""".split()
) - {"Malcolm"}  # Malcolm X
"""Names after which a one-letter numeral (I, V, X, L) is a regnal number (Elizabeth I, Henry V)."""
LETTER_NAMES = frozenset(
    """Malcolm Model Type Generation Gen Project Planet Brand Agent Mister Mr Mrs Ms Miz Doctor Dr Professor Racer Vitamin
    Factor Plan Camp Space Twitter Formula Series Class Grade Level Patient Subject Witness Player Person Company Country
    Firm Option Scenario Exhibit Camera Zone""".split()
)
"""Words after which a lone V or X is a letter that names something (Malcolm X, Tesla Model X, Generation X), even
after another capitalised word."""
FUNCTION_WORDS = frozenset(
    """The A An And Or But If In On At To For From Of By With As This That These Those Its His Her Their Our
    My Your We They He She It You Is Was Are Were Be Been Has Have Had Not No So Then When While After Before
    Since Than Both Each Every All Any Some Many Most Such What Which Who Whom Whose Where Why How""".split()
)

COMMON_SHORT_WORDS = frozenset(
    """a all an and any are as ask at bad be big but buy by can day did die do dry due eat end far few fit fly for
    fun get go got had has he her him his hit hot how i if ill in it its lay let lie lot low man may me men my new
    no nor not now odd of off ok old on one or our out own pay put ran red run sad saw say see set she sit six so son
    sun ten the to too top try two up use via war was way we wet who why win won yes yet you""".split()
)
"""Short words read as words when written in capitals ("NO MORE", "STAY OUT"); longer ones are judged by sound."""
