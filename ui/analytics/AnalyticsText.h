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
    // "Wizard", "seqdesk-cli", "File: leads.csv", "Label: Spring push", "List: Webinar
    // no-shows". `listName`: a list key's name as the store gives it (its newest); a list
    // without a recorded name is shown by its id.
    static QString sourceName(const QString &key, const QString &listName = {});
    // A readable name for a HubSpot or SeqDesk reason code ("ALREADY_ENROLLED").
    static QString reasonName(const QString &code);
    // The four outcome series of `counts` (enrolled, skipped, failed, deferred), colored.
    static QList<Charts::BarSeries> outcomeSeries(const QList<Store::OutcomeCounts> &counts);
};

} // namespace SeqDesk::Ui
