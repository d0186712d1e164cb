#pragma once

#include "store/AnalyticsStore.h"
#include "store/Records.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QMenu;
class QToolButton;

namespace SeqDesk::Ui {

// The Analytics filters: date range (last 7 / 30 / 90 days, all time, custom), portal, and
// multi-select sequences, sources and senders. Says filterChanged() on every change.
class AnalyticsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsFilterBar)

public:
    enum class Range { Last7, Last30, Last90, AllTime, Custom };

    explicit AnalyticsFilterBar(QWidget *parent = nullptr);
    ~AnalyticsFilterBar() override;

    // The portals to choose from, `current` chosen (empty: every portal). Quiet.
    void setPortals(const QList<Store::PortalRecord> &portals, const QString &current);
    void setPortal(const QString &portalId); // quiet; empty or unknown: every portal
    QString portalId() const; // empty: every portal
    void setChoices(const Store::AnalyticsChoices &choices);

    void setRange(Range range);
    void setCustomRange(const QDate &from,
                        const QDate &to); // local days, both included
                                          // Empty: all. An id without counted contacts yet is added
                                          // to the list, not dropped.
    void setSequences(const QStringList &sequenceIds, bool notify = true);
    void setSources(const QStringList &keys);
    void setSenders(const QStringList &senders);
    void clear(); // every filter off, the range back to the last 30 days

    // The filter for `today` (a local day): from the start of the first local day to the
    // end of the last, in UTC.
    Store::AnalyticsFilter filter(const QDate &today) const;
    // Days for ranges up to 45 days, weeks beyond.
    Store::TimeBucket bucket(const QDate &today) const;

signals:
    void filterChanged();
    // Another portal: its sequences, sources and senders are other choices (setChoices()).
    void portalChanged();

private:
    QToolButton *multiSelect(const char *objectName);
    static void fillMenu(QToolButton *button, const QList<std::pair<QString, QString>> &items);
    static QStringList checked(const QToolButton *button);
    static void setChecked(QToolButton *button, const QStringList &keys);
    void updateButtonTexts();
    void emitChanged();

    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_portal;
    QToolButton *m_sequences;
    QToolButton *m_sources;
    QToolButton *m_senders;
    bool m_quiet = false; // while filling: no filterChanged()
};

} // namespace SeqDesk::Ui
