/**
 * Small word lists the rules need: countries and territories with their demonyms, place-name cues, organization
 * cues, titles. Data, not code: extend a list rather than a rule.
 */

/** Country or territory -> the words for its people ("Israelis") and its adjective ("Israeli"). */
export const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ["Afghan", "Afghans"], Albania: ["Albanian", "Albanians"], Algeria: ["Algerian", "Algerians"],
  Argentina: ["Argentine", "Argentinian", "Argentines"], Armenia: ["Armenian", "Armenians"], Australia: ["Australian", "Australians"],
  Austria: ["Austrian", "Austrians"], Azerbaijan: ["Azerbaijani", "Azerbaijanis"], Bahrain: ["Bahraini", "Bahrainis"],
  Bangladesh: ["Bangladeshi", "Bangladeshis"], Belarus: ["Belarusian", "Belarusians"], Belgium: ["Belgian", "Belgians"],
  Bolivia: ["Bolivian", "Bolivians"], Bosnia: ["Bosnian", "Bosnians"], Brazil: ["Brazilian", "Brazilians"],
  Bulgaria: ["Bulgarian", "Bulgarians"], "Burkina Faso": ["Burkinabe"], Myanmar: ["Burmese", "Myanmar's"],
  Cambodia: ["Cambodian", "Cambodians"], Cameroon: ["Cameroonian", "Cameroonians"], Canada: ["Canadian", "Canadians"],
  Chad: ["Chadian", "Chadians"], Chile: ["Chilean", "Chileans"], China: ["Chinese"], Colombia: ["Colombian", "Colombians"],
  Congo: ["Congolese"], Croatia: ["Croatian", "Croatians"], Cuba: ["Cuban", "Cubans"], Cyprus: ["Cypriot", "Cypriots"],
  Denmark: ["Danish", "Danes"], Ecuador: ["Ecuadorian", "Ecuadorians"], Egypt: ["Egyptian", "Egyptians"],
  Eritrea: ["Eritrean", "Eritreans"], Ethiopia: ["Ethiopian", "Ethiopians"], Finland: ["Finnish", "Finns"],
  France: ["French"], Gaza: ["Gazan", "Gazans"], Georgia: ["Georgian", "Georgians"], Germany: ["German", "Germans"],
  Ghana: ["Ghanaian", "Ghanaians"], Greece: ["Greek", "Greeks"], Guatemala: ["Guatemalan", "Guatemalans"],
  Haiti: ["Haitian", "Haitians"], Honduras: ["Honduran", "Hondurans"], Hungary: ["Hungarian", "Hungarians"],
  India: ["Indian", "Indians"], Indonesia: ["Indonesian", "Indonesians"], Iran: ["Iranian", "Iranians"],
  Iraq: ["Iraqi", "Iraqis"], Ireland: ["Irish"], Israel: ["Israeli", "Israelis"], Italy: ["Italian", "Italians"],
  Japan: ["Japanese"], Jordan: ["Jordanian", "Jordanians"], Kazakhstan: ["Kazakh", "Kazakhs"], Kenya: ["Kenyan", "Kenyans"],
  Kosovo: ["Kosovar", "Kosovars"], Kuwait: ["Kuwaiti", "Kuwaitis"], Lebanon: ["Lebanese"], Libya: ["Libyan", "Libyans"],
  Malaysia: ["Malaysian", "Malaysians"], Mali: ["Malian", "Malians"], Mexico: ["Mexican", "Mexicans"],
  Moldova: ["Moldovan", "Moldovans"], Morocco: ["Moroccan", "Moroccans"], Mozambique: ["Mozambican", "Mozambicans"],
  Nepal: ["Nepali", "Nepalese"], Netherlands: ["Dutch"], "New Zealand": ["New Zealander", "New Zealanders"],
  Nicaragua: ["Nicaraguan", "Nicaraguans"], Niger: ["Nigerien", "Nigeriens"], Nigeria: ["Nigerian", "Nigerians"],
  "North Korea": ["North Korean", "North Koreans"], Norway: ["Norwegian", "Norwegians"], Oman: ["Omani", "Omanis"],
  Pakistan: ["Pakistani", "Pakistanis"], Palestine: ["Palestinian", "Palestinians"], Panama: ["Panamanian"],
  Peru: ["Peruvian", "Peruvians"], Philippines: ["Filipino", "Filipinos", "Philippine"], Poland: ["Polish", "Poles"],
  Portugal: ["Portuguese"], Qatar: ["Qatari", "Qataris"], Romania: ["Romanian", "Romanians"], Russia: ["Russian", "Russians"],
  Rwanda: ["Rwandan", "Rwandans"], "Saudi Arabia": ["Saudi", "Saudis"], Senegal: ["Senegalese"], Serbia: ["Serbian", "Serbs"],
  Somalia: ["Somali", "Somalis"], "South Africa": ["South African", "South Africans"], "South Korea": ["South Korean", "South Koreans"],
  "South Sudan": ["South Sudanese"], Spain: ["Spanish", "Spaniards"], "Sri Lanka": ["Sri Lankan", "Sri Lankans"],
  Sudan: ["Sudanese"], Sweden: ["Swedish", "Swedes"], Switzerland: ["Swiss"], Syria: ["Syrian", "Syrians"],
  Taiwan: ["Taiwanese"], Tajikistan: ["Tajik", "Tajiks"], Tanzania: ["Tanzanian", "Tanzanians"], Thailand: ["Thai", "Thais"],
  Tunisia: ["Tunisian", "Tunisians"], Turkey: ["Turkish", "Turks"], "Türkiye": [], Uganda: ["Ugandan", "Ugandans"],
  Ukraine: ["Ukrainian", "Ukrainians"], "United Arab Emirates": ["Emirati", "Emiratis"], "United Kingdom": ["British", "Britons"],
  "United States": ["American", "Americans", "US", "U.S."], Uzbekistan: ["Uzbek", "Uzbeks"], Venezuela: ["Venezuelan", "Venezuelans"],
  Vietnam: ["Vietnamese"], Yemen: ["Yemeni", "Yemenis"], Zambia: ["Zambian", "Zambians"], Zimbabwe: ["Zimbabwean", "Zimbabweans"],
  Britain: ["British", "Britons"], England: ["English"], Scotland: ["Scottish", "Scots"], Wales: ["Welsh"],
  Europe: ["European", "Europeans"], Africa: ["African", "Africans"], Asia: ["Asian", "Asians"],
  "West Bank": [], "Gaza Strip": [], Crimea: [], Donbas: [], Kashmir: ["Kashmiri", "Kashmiris"], Darfur: [],
  Tigray: ["Tigrayan", "Tigrayans"], Kurdistan: ["Kurdish", "Kurds"], Tehran: [], Kyiv: [], Moscow: [], Beirut: [],
  Jerusalem: [], Damascus: [], Baghdad: [], Cairo: [], Kabul: [], Khartoum: [], Washington: [], London: [], Paris: [],
  Berlin: [], Beijing: [], "New York": [], Istanbul: [], Ankara: [], Doha: [], "Tel Aviv": [], Aleppo: [], Mosul: [],
}; // prettier-ignore

/** Words that end a place's name ("Gaza Strip", "Kherson Province", "Blue Line"). */
export const PLACE_HEADS = new Set(
  (
    "Strip Bank Province Region Oblast District County State City Town Village Island Islands Valley River Sea Ocean " +
    "Mountains Mountain Border Line Bay Coast Camp Square Street Avenue Road Highway Bridge Airport Port Harbour Harbor " +
    "Peninsula Desert Lake Heights Plain Plateau Governorate Prefecture Territory Territories Corridor Gulf Crossing Park"
  ).split(" "),
);

/** Words that make a name an organization ("Health Ministry", "Red Crescent", "Qassam Brigades"). */
export const ORGANIZATION_WORDS = new Set(
  (
    "Ministry Department Army Forces Force Police Guard Guards Council Agency Office Organization Organisation Committee " +
    "Commission Authority Authorities Service Services Brigades Brigade Group Party Movement Front Union Association " +
    "Cross Crescent Reuters AFP AP University Hospital Company Corporation Corp Inc Ltd Airlines Airways News Times " +
    "Television TV Radio Institute Center Centre Court Parliament Government Administration Navy Military Coalition " +
    "Alliance Nations Republic Kingdom Federation Foundation Fund Bank Trust Society Network Watch Fire Rescue Red Mission Program Programme " +
    "Embassy Cabinet Senate Congress Assembly Directorate Bureau Corps Regiment Division Battalion Militia Jihad Hamas " +
    "Hezbollah Taliban Houthis Houthi Wagner UN UNICEF UNHCR UNRWA WHO NATO EU IDF OCHA ICRC MSF"
  ).split(" "),
);

/** Titles that come before a person's name and say their role ("Foreign Minister", "Gen."). */
export const TITLES = new Set(
  (
    "President Prime Minister Foreign Defence Defense Interior Health Secretary General Gen. Lt. Col. Colonel Major Maj. " +
    "Captain Capt. Sgt. Sergeant Commander Admiral Adm. Chief Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Professor Prof. Ayatollah " +
    "Emir King Queen Prince Princess Pope Sheikh Governor Gov. Mayor Senator Sen. Rep. Representative Judge Justice " +
    "Spokesman Spokeswoman Spokesperson Ambassador Envoy Chancellor Vice Deputy Supreme Leader Director Head Officer " +
    "Lieutenant Brigadier Field Marshal Cardinal Archbishop Bishop Rabbi Imam Father Sister Sir Dame Lord Lady Commissioner " +
    "Superintendent Inspector Constable Corporal Private Sheriff Marshal Warden Coroner Magistrate Prosecutor"
  ).split(" "),
);

/**
 * Words of a portfolio after a title's "of" or "for" ("Minister for Home Affairs", "Chief of Defence Staff",
 * "Minister of State for Disaster Management and Relief"): they belong to the title, not to the name after it.
 */
export const PORTFOLIO_WORDS = new Set(
  (
    "Affairs State Home Foreign Interior Internal External Defence Defense Health Finance Treasury Justice Education " +
    "Transport Energy Information Communications Agriculture Water Resources Environment Trade Industry Commerce Labour " +
    "Labor Employment Women Children Child Youth Sports Culture Tourism Roads Housing Planning Economy Economic " +
    "Development Social Welfare Local Government Railways Aviation Civil Security Immigration Emergency Emergencies " +
    "Disaster Disasters Management Relief Rehabilitation Reconstruction Shipping Ports Maritime Fisheries Livestock " +
    "Public Works Prosecutions Police Staff Operations Intelligence Human Rights Religious Science Technology Research " +
    "Petroleum Oil Gas Electricity Irrigation Food Forestry Wildlife Climate Change Urban Rural Regional Cooperation " +
    "Integration Veterans Family Gender Equality Solidarity Humanitarian Refugees Repatriation Infrastructure Budget " +
    "Revenue Customs Parliamentary Legal Constitutional Minority Minorities Administration Services Crisis Response"
  ).split(" "),
);

/** Capitalized words that start sentences or headings but name nobody ("The", "Meanwhile", "According"). */
export const NOT_NAMES = new Set(
  (
    "The A An In On At By For From With Without To Of And Or But Nor So Yet If When While Where After Before Since " +
    "Until During Meanwhile However According Also Although Though As It Its He She His Her They Their Them We Our " +
    "I You Your This That These Those There Here Some Many Most Several Other Others Another Each Every All Both " +
    "No Not Only One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions Earlier Later " +
    "Then Now Today Yesterday Tomorrow Tonight Last Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
    "January February March April May June July August September October November December Local Officials Police " +
    "Witnesses Residents Rescuers Authorities Troops Soldiers Militants Rebels Protesters Survivors Families People " +
    "Many Among Despite Instead Further Another Following Asked Speaking Under Over About Around Nearly Almost Up More " +
    "Fewer Less At Least Just Still Even Once Twice First Second Third Fourth Fifth Former Late New Old Senior Top " +
    "Mr Mrs Ms Dr Sir Madam Oh Yes Please Thank Thanks Why What Who Whom Whose How Which Such Because Unless Whether " +
    "Inside Outside Near Across Along Between Through Against Toward Towards Within Amid Behind Beyond Via Per " +
    "Neighbouring Neighboring Nearby Adjacent"
  ).split(" "),
);

/** Connectors allowed inside a name ("Mohammed bin Salman", "Izz-al-Din al-Qassam Brigades", "Ministry of Health"). */
export const NAME_CONNECTORS = new Set([
  "bin",
  "bint",
  "ibn",
  "al",
  "al-",
  "el",
  "de",
  "da",
  "di",
  "del",
  "della",
  "van",
  "von",
  "der",
  "du",
  "la",
  "le",
  "of",
  "for",
  "and",
  "abu",
]);

/** News agencies and outlets: organizations that report, never persons ("the Inquirer reported", "told Reuters"). */
export const OUTLET_WORDS = new Set(
  (
    "Reuters AFP AP Xinhua Bernama Anadolu Yonhap Kyodo Interfax TASS ANI PTI IANS Inquirer Times Post Herald Tribune " +
    "Guardian Gazette Journal Chronicle Express Observer Dawn Telegraph Mail Independent Mirror Star Standard Nation " +
    "Bulletin Courier Monitor Daily Weekly Sun Globe Record Examiner Dispatch Inquirer Al-Jazeera Jazeera BBC CNN"
  ).split(" "),
);

/** Weapons and objects written as capitals or acronyms: nobody ("an IED", "an RPG", "AK-47 rifles"). */
export const OBJECT_WORDS = new Set(
  "IED IEDs VBIED VBIEDs RPG RPGs AK-47 AK-47s SUV SUVs UAV UAVs MRAP MRAPs GPS CCTV TNT DNA MRI ATM".split(" "),
);

/** Lower-case words after a name that make it an organization ("the Abu Sayyaf group", "the Wagner militia"). */
export const GROUP_WORDS_AFTER =
  /^\s+(?:group|militia|militants|rebels|movement|party|faction|network|gang|cartel|insurgents|organi[sz]ation)\b/;

/**
 * A sentence's first word ending as an adverb does ("Initially", "Additionally", "Unfortunately"): no name ends so.
 * NOT_NAMES lists the other capitalized non-names.
 */
export const ADVERB_ENDING = /(?:ally|ately|ently|ously|ively|edly)$/;

/** Words before a name that say it is a settlement ("the city of Kayes", "the town of Bokkos"). */
export const SETTLEMENT_BEFORE = /\b(?:town|village|city|hamlet|settlement)\s+of\s+$/i;

/** A name of an area with its lower-case word ("Kayes region", "Bokkos local government area", "the province of Valencia"). */
export const AREA_NAME =
  / (?:province|state|district|county|region|governorate|prefecture|oblast|municipality|local government area)$|^(?:province|state|region|governorate|prefecture|county) of /;
