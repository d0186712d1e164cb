#include "hubspot/Pagination.h"

namespace SeqDesk::HubSpot {

CursorGuard::CursorGuard(int maxPages)
    : m_maxPages(qMax(1, maxPages))
{ }

bool CursorGuard::accept(const QString &nextAfter, QString *error)
{
    ++m_pages;
    if (nextAfter.isEmpty())
        return true;
    if (m_seen.contains(nextAfter)) {
        *error = QStringLiteral("the server repeated the paging cursor '%1' after %2 pages")
                     .arg(nextAfter.left(64))
                     .arg(m_pages);
        return false;
    }
    if (m_pages >= m_maxPages) {
        *error
            = QStringLiteral("more than %1 pages; the paging cursor looks endless").arg(m_maxPages);
        return false;
    }
    m_seen.insert(nextAfter);
    return true;
}

} // namespace SeqDesk::HubSpot
