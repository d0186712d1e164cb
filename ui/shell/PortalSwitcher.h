#pragma once

#include "store/Records.h"

#include <QWidget>

class QComboBox;

namespace SeqDesk::Sync {
class PortalPolicy;
}

namespace SeqDesk::Ui {

// The toolbar's portal picker: one entry per connected portal, by name (the demo portal
// marked as such).
class PortalSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalSwitcher)

public:
    // `policy` (not owned) names the portals.
    explicit PortalSwitcher(const Sync::PortalPolicy *policy, QWidget *parent = nullptr);

    // Replaces the entries; keeps the current portal when it is still there, else the first.
    // Emits currentPortalChanged() only when the current portal changed.
    void setPortals(const QList<Store::PortalRecord> &portals);
    QString currentPortalId() const;
    // Makes `portalId` current (and emits) if it is listed.
    void setCurrentPortal(const QString &portalId);

signals:
    void currentPortalChanged(const QString &portalId); // empty: none left

private:
    const Sync::PortalPolicy *m_policy;
    QComboBox *m_combo;
    QString m_current;
};

} // namespace SeqDesk::Ui
