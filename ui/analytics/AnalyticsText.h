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
    // "Wizard", "seqdesk-cli", "File: leads.csv", "Label: Spring push".
    static QString sourceName(const QString &key);
    // A readable name for a HubSpot or SeqDesk reason code ("ALREADY_ENROLLED").
    static QString reasonName(const QString &code);
    // The four outcome series of `counts` (enrolled, skipped, failed, deferred), colored.
    static QList<Charts::BarSeries> outcomeSeries(const QList<Store::OutcomeCounts> &counts);
};

} // namespace SeqDesk::Ui
