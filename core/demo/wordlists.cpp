#include "wordlists.h"

namespace tenure::demo::words {

using namespace std::string_view_literals;

namespace {

constexpr std::string_view kFirstNa[] = {
    "James"sv,   "Mary"sv,     "Michael"sv, "Jennifer"sv, "David"sv,  "Linda"sv,  "Robert"sv,  "Sarah"sv,
    "William"sv, "Jessica"sv,  "Chris"sv,   "Ashley"sv,   "Daniel"sv, "Emily"sv,  "Matthew"sv, "Megan"sv,
    "Andrew"sv,  "Lauren"sv,   "Kevin"sv,   "Rachel"sv,   "Brian"sv,  "Nicole"sv, "Jason"sv,   "Amanda"sv,
    "Tyler"sv,   "Samantha"sv, "Marcus"sv,  "Kayla"sv,    "Derek"sv,  "Olivia"sv, "Ethan"sv,   "Hannah"sv,
    "Carlos"sv,  "Aaliyah"sv,  "Wei"sv,     "Priya"sv,    "Jamal"sv,  "Zoë"sv,    "Connor"sv,  "Madison"sv};
constexpr std::string_view kLastNa[] = {
    "Smith"sv,   "Johnson"sv,   "Williams"sv, "Brown"sv,    "Jones"sv,    "Miller"sv, "Davis"sv,
    "Wilson"sv,  "Anderson"sv,  "Taylor"sv,   "Thomas"sv,   "Moore"sv,    "Martin"sv, "Jackson"sv,
    "White"sv,   "Harris"sv,    "Clark"sv,    "Lewis"sv,    "Robinson"sv, "Walker"sv, "Young"sv,
    "Allen"sv,   "King"sv,      "Wright"sv,   "Scott"sv,    "Green"sv,    "Baker"sv,  "Adams"sv,
    "Nelson"sv,  "Hill"sv,      "Campbell"sv, "Mitchell"sv, "Nguyen"sv,   "Patel"sv,  "Kim"sv,
    "O'Brien"sv, "Rodriguez"sv, "Chen"sv,     "Murphy"sv,   "Cooper"sv};
constexpr std::string_view kFirstEmea[] = {
    "Lukas"sv,  "Anna"sv,      "Jonas"sv,  "Lea"sv,    "Felix"sv,   "Sophie"sv,  "Thomas"sv,     "Julia"sv,
    "Oliver"sv, "Charlotte"sv, "Harry"sv,  "Amelia"sv, "Louis"sv,   "Camille"sv, "Hugo"sv,       "Chloé"sv,
    "Lars"sv,   "Ingrid"sv,    "Søren"sv,  "Freja"sv,  "Marco"sv,   "Giulia"sv,  "Javier"sv,     "Lucía"sv,
    "Piotr"sv,  "Agnieszka"sv, "Jan"sv,    "Sanne"sv,  "Mehmet"sv,  "Elif"sv,    "Björn"sv,      "Maja"sv,
    "Niamh"sv,  "Sean"sv,      "Jürgen"sv, "Renée"sv,  "Mateusz"sv, "Noémie"sv,  "Aleksander"sv, "Eva"sv};
constexpr std::string_view kLastEmea[] = {
    "Müller"sv,     "Schmidt"sv,  "Schneider"sv, "Fischer"sv,   "Weber"sv,     "Becker"sv,   "Wagner"sv,
    "Hoffmann"sv,   "Dubois"sv,   "Lefèvre"sv,   "Moreau"sv,    "Laurent"sv,   "Bernard"sv,  "Rossi"sv,
    "Bianchi"sv,    "Ferrari"sv,  "García"sv,    "Martínez"sv,  "López"sv,     "Jansen"sv,   "de Vries"sv,
    "Bakker"sv,     "Nielsen"sv,  "Hansen"sv,    "Andersson"sv, "Johansson"sv, "Kowalski"sv, "Nowak"sv,
    "Wiśniewski"sv, "Yılmaz"sv,   "Kaya"sv,      "Novák"sv,     "Evans"sv,     "Hughes"sv,   "Walsh"sv,
    "O'Connor"sv,   "Virtanen"sv, "Korhonen"sv,  "Horvat"sv,    "Costa"sv};
constexpr std::string_view kFirstApac[] = {
    "Hiroshi"sv, "Yuki"sv,  "Kenji"sv,   "Aiko"sv,     "Takumi"sv, "Sakura"sv, "Wei"sv,   "Mei"sv,
    "Jun"sv,     "Lan"sv,   "Min-jun"sv, "Seo-yeon"sv, "Arjun"sv,  "Ananya"sv, "Rahul"sv, "Priya"sv,
    "Vikram"sv,  "Deepa"sv, "Siti"sv,    "Budi"sv,     "Minh"sv,   "Linh"sv,   "Jack"sv,  "Chloe"sv,
    "Liam"sv,    "Isla"sv,  "Ravi"sv,    "Kavya"sv,    "Haruto"sv, "Mina"sv};
constexpr std::string_view kLastApac[] = {
    "Sato"sv,   "Suzuki"sv,   "Takahashi"sv, "Tanaka"sv, "Watanabe"sv, "Wang"sv,    "Li"sv,    "Zhang"sv,
    "Liu"sv,    "Chen"sv,     "Kim"sv,       "Lee"sv,    "Park"sv,     "Sharma"sv,  "Gupta"sv, "Iyer"sv,
    "Reddy"sv,  "Nair"sv,     "Tan"sv,       "Lim"sv,    "Wong"sv,     "Santoso"sv, "Tran"sv,  "Pham"sv,
    "Walker"sv, "Thompson"sv, "Kelly"sv,     "Singh"sv,  "Yamamoto"sv, "Ito"sv};
constexpr std::string_view kFirstLatam[] = {
    "Juan"sv,   "María"sv,    "José"sv,   "Ana"sv,      "Luis"sv,   "Camila"sv,  "Carlos"sv,    "Valentina"sv,
    "Diego"sv,  "Sofía"sv,    "Andrés"sv, "Isabela"sv,  "Mateus"sv, "Larissa"sv, "João"sv,      "Beatriz"sv,
    "Rafael"sv, "Gabriela"sv, "Pedro"sv,  "Fernanda"sv, "Tomás"sv,  "Lucía"sv,   "Sebastián"sv, "Daniela"sv};
constexpr std::string_view kLastLatam[] = {
    "González"sv, "Rodríguez"sv, "Gómez"sv,  "Fernández"sv, "López"sv,    "Díaz"sv,
    "Martínez"sv, "Pérez"sv,     "Silva"sv,  "Santos"sv,    "Oliveira"sv, "Souza"sv,
    "Costa"sv,    "Ramírez"sv,   "Torres"sv, "Flores"sv,    "Castro"sv,   "Herrera"sv,
    "Mendoza"sv,  "Ribeiro"sv,   "Alves"sv,  "Vargas"sv,    "Rojas"sv,    "Moreno"sv};

constexpr std::string_view kLegalNa[] = {"Inc."sv, "LLC"sv, "Corp."sv, ""sv, ""sv, "Co."sv};
constexpr std::string_view kLegalEmea[] = {"GmbH"sv, "Ltd"sv, "SAS"sv,  "B.V."sv, "AB"sv, "S.p.A."sv,
                                           "Oy"sv,   "A/S"sv, "S.L."sv, "Ltd"sv,  ""sv};
constexpr std::string_view kLegalApac[] = {"Pty Ltd"sv,   "Pte. Ltd."sv, "K.K."sv,
                                           "Pvt. Ltd."sv, "Ltd"sv,       ""sv};
constexpr std::string_view kLegalLatam[] = {"S.A."sv, "Ltda."sv, "S.A. de C.V."sv, "SpA"sv, ""sv};

constexpr std::string_view kDomNa[] = {".com"sv, ".com"sv, ".com"sv, ".io"sv, ".co"sv, ".ca"sv};
constexpr std::string_view kDomEmea[] = {".de"sv, ".co.uk"sv, ".fr"sv,  ".nl"sv, ".se"sv, ".it"sv,
                                         ".es"sv, ".eu"sv,    ".com"sv, ".fi"sv, ".dk"sv, ".pl"sv};
constexpr std::string_view kDomApac[] = {".com.au"sv, ".sg"sv, ".co.jp"sv, ".in"sv, ".com"sv, ".co.nz"sv};
constexpr std::string_view kDomLatam[] = {".com.br"sv, ".com.mx"sv, ".cl"sv, ".com.ar"sv, ".co"sv, ".com"sv};

constexpr std::string_view kPrefixes[] = {
    "Blue"sv,    "North"sv,  "Silver"sv, "Iron"sv,  "Bright"sv, "Clear"sv,  "Red"sv,     "Green"sv,
    "Swift"sv,   "High"sv,   "Deep"sv,   "Stone"sv, "Sun"sv,    "Oak"sv,    "Cedar"sv,   "Maple"sv,
    "River"sv,   "Summit"sv, "Polar"sv,  "Nova"sv,  "True"sv,   "Prime"sv,  "Bold"sv,    "Quiet"sv,
    "Golden"sv,  "West"sv,   "East"sv,   "Urban"sv, "Alpine"sv, "Coral"sv,  "Crystal"sv, "Falcon"sv,
    "Harbor"sv,  "Lumen"sv,  "Orbit"sv,  "Pine"sv,  "Rapid"sv,  "Sky"sv,    "Terra"sv,   "Vertex"sv,
    "Wild"sv,    "Zen"sv,    "Aero"sv,   "Arc"sv,   "Birch"sv,  "Copper"sv, "Echo"sv,    "Fern"sv,
    "Granite"sv, "Kite"sv};
constexpr std::string_view kRoots[] = {
    "peak"sv,   "wind"sv,  "field"sv, "gate"sv,  "works"sv, "line"sv,  "path"sv,  "bridge"sv,
    "point"sv,  "stack"sv, "forge"sv, "wave"sv,  "light"sv, "crest"sv, "ridge"sv, "haven"sv,
    "spring"sv, "vale"sv,  "port"sv,  "mark"sv,  "leaf"sv,  "stone"sv, "wood"sv,  "bay"sv,
    "core"sv,   "loop"sv,  "shift"sv, "spark"sv, "scale"sv, "base"sv,  "view"sv,  "dale"sv,
    "brook"sv,  "hill"sv,  "star"sv,  "way"sv,   "rock"sv,  "mill"sv,  "tide"sv,  "grove"sv};
constexpr std::string_view kIndustries[] = {
    "Analytics"sv, "Logistics"sv, "Consulting"sv, "Health"sv,    "Labs"sv,          "Software"sv,
    "Systems"sv,   "Retail"sv,    "Foods"sv,      "Energy"sv,    "Media"sv,         "Design"sv,
    "Dental"sv,    "Legal"sv,     "Finance"sv,    "Insurance"sv, "Travel"sv,        "Fitness"sv,
    "Education"sv, "Robotics"sv,  "Security"sv,   "Realty"sv,    "Manufacturing"sv, "Marketing"sv,
    "Studios"sv,   "Pharma"sv,    "Outdoor"sv,    "Apparel"sv,   "Engineering"sv,   "Partners"sv,
    "Group"sv,     "Solutions"sv, "Networks"sv,   "Clinics"sv,   "Freight"sv,       "Hospitality"sv,
    "Capital"sv,   "Biotech"sv,   "Agency"sv,     "Supply"sv};

constexpr std::string_view kOwners[] = {"James Whitfield"sv, "Daniel Okafor"sv,  "Rachel Kim"sv,
                                        "Tom Becker"sv,      "Sophie Laurent"sv, "Maya Lindqvist"sv,
                                        "Priya Raman"sv,     "Lucía Fernández"sv};
constexpr std::string_view kAgents[] = {
    "Alex Morgan"sv,   "Sam Patel"sv, "Jordan Lee"sv,  "Nina Kowalski"sv, "Omar Haddad"sv, "Chloé Martin"sv,
    "Ben Schneider"sv, "Grace Liu"sv, "Mateo Rossi"sv, "Hannah Novak"sv,  "Kenji Sato"sv,  "Fatima Zahra"sv};
constexpr std::string_view kTags[] = {
    "champion"sv,         "reference"sv,        "beta"sv,       "multi-site"sv,
    "partner-referred"sv, "priority-support"sv, "migrated"sv,   "expansion-target"sv,
    "webinar-lead"sv,     "trial-converted"sv,  "case-study"sv, "sso"sv,
    "api-heavy"sv,        "nonprofit"sv,        "agency"sv,     "at-risk"sv};

constexpr std::string_view kPromoter[] = {
    "Love it. Saves my team hours every week."sv,
    "Best tool we've adopted this year."sv,
    "Support is fast, friendly and actually knows the product."sv,
    "The dashboards are exactly what our board wanted."sv,
    "Easy to set up, easy to roll out, easy to love."sv,
    "Reports, automation, integrations: it all just works."sv,
    "Our CSM is fantastic, thank you!"sv,
    "We replaced two tools with this one."sv,
    "Would recommend to any team our size."sv,
    "Onboarding was smooth and the \"getting started\" guide is great."sv};
constexpr std::string_view kPassive[] = {"Good product, a bit pricey for what we use."sv,
                                         "Does the job. The mobile app needs work."sv,
                                         "Solid, but reporting could be more flexible."sv,
                                         "Fine overall; exports are slow on big accounts."sv,
                                         "We like it, but the API docs are thin."sv,
                                         "Useful. Would like more integrations, e.g. with our ERP."sv,
                                         "OK so far, still learning the ropes."sv,
                                         "Nice UI, some features feel unfinished."sv};
constexpr std::string_view kDetractor[] = {"Too expensive for a small team."sv,
                                           "Support takes days to answer."sv,
                                           "Missing the integration we were promised."sv,
                                           "Constant bugs since the last release."sv,
                                           "Hard to set up, and nobody helped."sv,
                                           "We barely use it anymore."sv,
                                           "The \"automation\" feature is unusable for us."sv,
                                           "Slow, clunky, and the price went up again."sv,
                                           "Considering a switch to a cheaper competitor."sv};
constexpr std::string_view kWow[] = {
    "Stayed late to restore a deleted dashboard before the customer's board meeting."sv,
    "Wrote a custom export script for the customer, same day."sv,
    "Spotted a billing error in the customer's favour and fixed it proactively."sv,
    "Walked a brand-new admin through the whole setup on a single call."sv,
    "Followed up a week later to check the fix held; customer wrote a review."sv,
    "Recovered three months of data from a broken import."sv,
    "Turned an angry escalation into an expansion conversation."sv,
    "Recorded a short video answer instead of a long email; customer loved it."sv};

constexpr std::string_view kReasons[] = {"price"sv,        "missing feature"sv, "switched to competitor"sv,
                                         "poor support"sv, "business closed"sv, "no longer needed"sv};
constexpr std::string_view kExitText[][3] = {
    {"Too expensive for our budget this year."sv, "Price increase was the last straw."sv,
     "We found the same value for half the price."sv},
    {"No native integration with our CRM."sv, "We needed role-based permissions."sv,
     "Reporting is too limited, we need custom fields."sv},
    {"Moved to a competitor that our parent company uses."sv, "Competitor offered a better deal, sorry."sv,
     "Switched to an all-in-one suite."sv},
    {"Tickets stayed open for days."sv, "Nobody answered our escalation."sv,
     "Support kept asking the same questions."sv},
    {"We are closing the business."sv, "Company was acquired and wound down."sv,
     "Lost our main client, shutting down."sv},
    {"Project ended, no longer needed."sv, "We went back to spreadsheets, honestly."sv,
     "Team shrank, the tool is overkill now."sv}};

constexpr std::string_view kFeatures[] = {"reports"sv,    "dashboards"sv, "integrations"sv,
                                          "automation"sv, "api"sv,        "mobile"sv};
constexpr std::string_view kFeatureText[][2] = {
    {"Scheduled PDF reports, please."sv, "Custom fields in reports."sv},
    {"Let us share dashboards with external viewers."sv, "Dark mode for the dashboards."sv},
    {"Native HubSpot integration."sv, "A Slack integration with per-channel alerts."sv},
    {"Conditional steps in automations."sv, "Run automations on a schedule, not only on events."sv},
    {"Webhooks for every object."sv, "Higher API rate limits on Pro."sv},
    {"Offline mode in the mobile app."sv, "Push notifications on Android."sv}};
constexpr std::string_view kComplaintCats[] = {"billing"sv, "performance"sv, "bugs"sv, "support"sv,
                                               "usability"sv};
constexpr std::string_view kComplaintText[][2] = {
    {"Charged twice this month."sv, "Invoice shows the wrong VAT number."sv},
    {"Dashboards take 20 seconds to load."sv, "Exports time out on large accounts."sv},
    {"Filters reset after saving, again."sv, "Sync with our calendar duplicates events."sv},
    {"Waited three days for a reply to an urgent ticket."sv, "Chat closed before anyone answered."sv},
    {"Too many clicks to add a user."sv, "Settings are hard to find."sv}};
constexpr std::string_view kPraiseCats[] = {"support"sv, "product"sv, "onboarding"sv};
constexpr std::string_view kPraiseText[][2] = {
    {"Support solved our issue in minutes, thank you!"sv, "Shout-out to the chat team, great help."sv},
    {"The new reports are brilliant."sv, "Automation saved us a full-time hire."sv},
    {"Best onboarding we've had with any vendor."sv, "Training session was clear and practical."sv}};

} // namespace

List firstNames(Region region) {
    switch (region) {
    case Region::NA:
        return kFirstNa;
    case Region::EMEA:
        return kFirstEmea;
    case Region::APAC:
        return kFirstApac;
    case Region::LATAM:
        return kFirstLatam;
    }
    return kFirstNa;
}

List lastNames(Region region) {
    switch (region) {
    case Region::NA:
        return kLastNa;
    case Region::EMEA:
        return kLastEmea;
    case Region::APAC:
        return kLastApac;
    case Region::LATAM:
        return kLastLatam;
    }
    return kLastNa;
}

List legalForms(Region region) {
    switch (region) {
    case Region::NA:
        return kLegalNa;
    case Region::EMEA:
        return kLegalEmea;
    case Region::APAC:
        return kLegalApac;
    case Region::LATAM:
        return kLegalLatam;
    }
    return kLegalNa;
}

List domainSuffixes(Region region) {
    switch (region) {
    case Region::NA:
        return kDomNa;
    case Region::EMEA:
        return kDomEmea;
    case Region::APAC:
        return kDomApac;
    case Region::LATAM:
        return kDomLatam;
    }
    return kDomNa;
}

std::string_view regionName(Region region) {
    static constexpr std::string_view names[] = {"NA"sv, "EMEA"sv, "APAC"sv, "LATAM"sv};
    return names[static_cast<int>(region)];
}

const List companyPrefixes = kPrefixes;
const List companyRoots = kRoots;
const List industries = kIndustries;
const List owners = kOwners;
const List agents = kAgents;
const List tags = kTags;
const List promoterComments = kPromoter;
const List passiveComments = kPassive;
const List detractorComments = kDetractor;
const List wowNotes = kWow;
const List churnReasons = kReasons;
const List features = kFeatures;
const List complaintCategories = kComplaintCats;
const List praiseCategories = kPraiseCats;

std::string_view exitComment(Random& rng, int reason) {
    return kExitText[reason][rng.below(3)];
}
std::string_view featureRequest(Random& rng, int feature) {
    return kFeatureText[feature][rng.below(2)];
}
std::string_view complaintText(Random& rng, int category) {
    return kComplaintText[category][rng.below(2)];
}
std::string_view praiseText(Random& rng, int category) {
    return kPraiseText[category][rng.below(2)];
}

} // namespace tenure::demo::words
