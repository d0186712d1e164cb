#pragma once

#include "charts/ChartData.h"
#include "store/AnalyticsStore.h"

#include <QCoreApplication>

namespace SeqDesk::Ui {

// How the Analytics page names and colors things; pure.
class AnalyticsText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Ui::AnalyticsText)

public:
    // "Wizard", "seqdesk-cli", "File: leads.csv", "Label: Spring push", "Rule: No-shows to
    // nurture", "List: Webinar no-shows". `name`: a rule's or list's key's name as the store
    // gives it (Store::SourceOutcomes::sourceName); without one, the id is shown.
    static QString sourceName(const QString &key, const QString &name = {});
    // A readable name for a HubSpot or SeqDesk reason code ("ALREADY_ENROLLED").
    static QString reasonName(const QString &code);
    // The four outcome series of `counts` (enrolled, skipped, failed, deferred), colored.
    static QList<Charts::BarSeries> outcomeSeries(const QList<Store::OutcomeCounts> &counts);
};

} // namespace SeqDesk::Ui
