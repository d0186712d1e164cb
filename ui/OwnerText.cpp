#include "OwnerText.h"

#include "store/Records.h"

namespace SeqDesk::Ui::OwnerText {

QString displayName(const Store::OwnerRecord &owner)
{
    const QString name = QStringLiteral("%1 %2").arg(owner.firstName, owner.lastName).trimmed();
    return name.isEmpty() ? owner.email : QStringLiteral("%1 <%2>").arg(name, owner.email);
}

} // namespace SeqDesk::Ui::OwnerText
