#pragma once

#include <QString>

namespace SeqDesk::Store {
struct OwnerRecord;
}

namespace SeqDesk::Ui::OwnerText {

// A HubSpot user as the sender pickers show one: "First Last <email>", or the email alone
// when HubSpot has no name.
QString displayName(const Store::OwnerRecord &owner);

} // namespace SeqDesk::Ui::OwnerText
