#include "secrets/SecretStore.h"

namespace SeqDesk::Secrets {

QString SecretStore::portalTokenKey(const QString &portalId)
{
    return QStringLiteral("portal/%1/token").arg(portalId);
}

} // namespace SeqDesk::Secrets
