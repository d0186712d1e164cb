#pragma once

#include <QLatin1String>

// Word pools for the demo portal. Data only.
namespace SeqDesk::Sandbox::DemoNames {

inline constexpr const char *firstNames[] = {
    "Alex",   "Jordan", "Priya", "Marcus", "Sofia",  "Liam",  "Chen",   "Fatima", "Noah",   "Elena",
    "Diego",  "Hannah", "Kwame", "Ingrid", "Mateo",  "Aisha", "Lucas",  "Yuki",   "Oliver", "Zara",
    "Ethan",  "Maya",   "Tomas", "Leila",  "Samuel", "Nina",  "Rafael", "Grace",  "Omar",   "Clara",
    "Victor", "Amara",  "Felix", "Isabel", "Hugo",   "Mei",   "Daniel", "Chloe",  "Ivan",   "Ruth"};

inline constexpr const char *lastNames[]
    = {"Morgan",   "Lee",     "Patel",   "Johnson", "Rossi",  "Murphy", "Wang",      "Haddad",
       "Smith",    "Petrova", "Garcia",  "Becker",  "Mensah", "Larsen", "Fernandez", "Khan",
       "Dubois",   "Tanaka",  "Brown",   "Okafor",  "Clarke", "Nguyen", "Novak",     "Rahimi",
       "Walker",   "Schmidt", "Costa",   "Kim",     "Hughes", "Moreau", "Silva",     "Andersen",
       "Kowalski", "Reyes",   "Fischer", "Ito",     "Cohen",  "Olsen",  "Murray",    "Bauer"};

inline constexpr const char *companies[]
    = {"Northwind Logistics", "Brightpath Health", "Cobalt Analytics",      "Summit Robotics",
       "Bluefin Payments",    "Redwood Retail",    "Helix Biotech",         "Lumen Energy",
       "Atlas Freight",       "Quantum Insurance", "Evergreen Foods",       "Vertex Cloud",
       "Harbor Capital",      "Nimbus Media",      "Pioneer Manufacturing", "Crescent Hotels",
       "Ironclad Security",   "Meridian Telecom",  "Silverline Legal",      "Orchid Education"};

inline constexpr const char *domains[]
    = {"northwind.example", "brightpath.example", "cobalt.example",     "summitrobotics.example",
       "bluefin.example",   "redwood.example",    "helixbio.example",   "lumen.example",
       "atlas.example",     "quantumins.example", "evergreen.example",  "vertexcloud.example",
       "harborcap.example", "nimbus.example",     "pioneer.example",    "crescent.example",
       "ironclad.example",  "meridian.example",   "silverline.example", "orchid.example"};

inline constexpr const char *jobTitles[]
    = {"VP of Sales",        "Head of Operations", "CTO", "Procurement Manager",
       "Marketing Director", "IT Manager",         "CFO", "Customer Success Lead",
       "Founder & CEO",      "Engineering Manager"};

inline constexpr const char *lifecycleStages[]
    = {"lead",      "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer",
       "subscriber"};

inline constexpr const char *sequenceNames[] = {"Q4 Enterprise Outreach",
                                                "Webinar Follow-up",
                                                "Trial Expiry Nudge",
                                                "Inbound Demo Request",
                                                "Cold Outbound - SaaS CFOs",
                                                "Re-engage Closed Lost",
                                                "Event Follow-up: SaaStr",
                                                "New Feature Announcement",
                                                "Renewal Reminder 90 Days",
                                                "Upsell to Enterprise Plan",
                                                "Mid-Market Prospecting",
                                                "Free Trial Onboarding",
                                                "Pricing Page Visitors",
                                                "Partner Referral Intro",
                                                "Customer Win-back",
                                                "Content Download Follow-up",
                                                "Meeting No-show Recovery",
                                                "Champion Changed Jobs",
                                                "Proposal Sent Follow-up",
                                                "Cold Outbound - Healthcare",
                                                "Executive Sponsor Intro",
                                                "Case Study Share",
                                                "Quarterly Business Review Invite",
                                                "Abandoned Signup",
                                                "Conference Booth Leads",
                                                "Security Review Follow-up",
                                                "Expansion - Additional Seats",
                                                "Churn Risk Check-in",
                                                "Product-Qualified Leads",
                                                "LinkedIn Engaged Prospects",
                                                "Inbound Contact Sales",
                                                "Cold Outbound - Manufacturing",
                                                "Procurement Stalled Deals",
                                                "Referral Thank You",
                                                "Year-End Budget Push",
                                                "Competitive Displacement",
                                                "Onboarding Day 30 Check-in",
                                                "Beta Program Invite",
                                                "Field Event Invitation",
                                                "Discovery Call Recap"};

inline constexpr const char *teams[] = {"East Sales", "West Sales", "Enterprise"};

inline constexpr const char *folders[]
    = {"Outbound", "Inbound", "Customer Success", "Events", "Partnerships"};

inline constexpr const char *taskSubjects[]
    = {"Call to follow up on the last email", "Connect on LinkedIn", "Send a personal video",
       "Check the account's recent news", "Book a discovery call"};

template<typename T, int N> constexpr int count(T (&)[N])
{
    return N;
}

} // namespace SeqDesk::Sandbox::DemoNames
