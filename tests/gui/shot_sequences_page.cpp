// Renders the sequences page with ~40 realistic sequences to a PNG (docs/screenshots), for
// reviewing the look: shot_sequences_page <out.png> [width height]
#include "sequences/SequenceTableModel.h"
#include "sequences/SequencesPage.h"

#include <QApplication>
#include <QTableView>
#include <QTimeZone>

using namespace SeqDesk;

namespace {

Store::SequenceStepRecord step(int order, const char *action, qint64 days, const char *task = "")
{
    Store::SequenceStepRecord s;
    s.stepOrder = order;
    s.actionType = QLatin1String(action);
    s.taskType = QLatin1String(task);
    s.delayMillis = days * 24 * 3600 * 1000;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sequences-page.png");
    const int width = argc > 3 ? QString::fromLocal8Bit(argv[2]).toInt() : 1280;
    const int height = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 760;

    const QStringList names {QStringLiteral("Inbound demo request follow-up"),
                             QStringLiteral("Webinar attendees — Q3"),
                             QStringLiteral("Webinar no-shows — Q3"),
                             QStringLiteral("Enterprise outbound (EMEA)"),
                             QStringLiteral("Enterprise outbound (NA)"),
                             QStringLiteral("Trial day 7 check-in"),
                             QStringLiteral("Trial expiring"),
                             QStringLiteral("Renewal 90 days out"),
                             QStringLiteral("Renewal 30 days out"),
                             QStringLiteral("Churned customer win-back"),
                             QStringLiteral("Event: SaaStr London"),
                             QStringLiteral("Event: Dreamforce booth leads"),
                             QStringLiteral("Partner referral intro"),
                             QStringLiteral("Pricing page visitors"),
                             QStringLiteral("Case study: logistics"),
                             QStringLiteral("Case study: fintech"),
                             QStringLiteral("Cold outreach — CFOs"),
                             QStringLiteral("Cold outreach — VP Sales"),
                             QStringLiteral("Upsell: analytics add-on"),
                             QStringLiteral("Onboarding kickoff"),
                             QStringLiteral("Onboarding week 2"),
                             QStringLiteral("NPS detractor recovery"),
                             QStringLiteral("Product launch: Workflows 2.0"),
                             QStringLiteral("Ebook download nurture"),
                             QStringLiteral("Free tool sign-ups"),
                             QStringLiteral("Meeting no-show"),
                             QStringLiteral("Closed lost — 6 months later"),
                             QStringLiteral("Integration interest"),
                             QStringLiteral("Security review follow-up"),
                             QStringLiteral("Procurement nudge"),
                             QStringLiteral("Champion changed jobs"),
                             QStringLiteral("LinkedIn connect + email"),
                             QStringLiteral("SMB quick win"),
                             QStringLiteral("Mid-market discovery"),
                             QStringLiteral("Holiday promo 2024"),
                             QStringLiteral("Old pricing announcement"),
                             QStringLiteral("Beta invite (draft)"),
                             QStringLiteral("APAC expansion test"),
                             QStringLiteral("Referral thank-you"),
                             QStringLiteral("Renewal price increase notice")};
    const QStringList owners {QStringLiteral("Ana Lima"),       QStringLiteral("Bo Chen"),
                              QStringLiteral("Carla Nørgaard"), QStringLiteral("Dev Patel"),
                              QStringLiteral("Emma Schmidt"),   QStringLiteral("Farid Haddad")};
    QHash<QString, QString> userNames;
    for (int i = 0; i < owners.size(); ++i)
        userNames.insert(QString::number(9000 + i), owners.at(i));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Store::SequenceRecord> sequences;
    for (int i = 0; i < names.size(); ++i) {
        Store::SequenceRecord r;
        r.portalId = QStringLiteral("4242424");
        r.sequenceId = QString::number(31000 + i * 37);
        r.name = names.at(i);
        r.ownerUserId = QString::number(9000 + (i * 7) % owners.size());
        r.stepCount = (i == 36 || i == 23) ? 0 : 2 + (i * 5) % 6;
        r.pausedInSeqDesk = i % 9 == 4;
        r.archivedByUser = i == 35;
        if (i == 34)
            r.archivedAt = now.addDays(-12);
        r.updatedAt = now.addSecs(-qint64(i) * 86400 * 3 - i * 3600);
        r.firstSeenAt = now.addDays(-120);
        r.lastSeenAt = now.addSecs(-1800);
        r.enrolledThroughSeqDesk = (i * 137) % 900;
        r.sendWindowStartMinute = i % 3 == 0 ? -1 : 8 * 60;
        r.sendWindowEndMinute = i % 3 == 0 ? -1 : 17 * 60 + 30;
        r.visibleToUserIds
            = {QStringLiteral("9000"), QStringLiteral("9001"), QStringLiteral("9003")};
        sequences << r;
    }
    QHash<QString, QList<Store::SequenceStepRecord>> steps;
    sequences.first().stepCount = 5; // the five steps below
    steps.insert(sequences.first().sequenceId,
                 {step(1, "EMAIL", 0), step(2, "TASK", 2, "CALL"), step(3, "EMAIL", 3),
                  step(4, "TASK", 4, "LINKED_IN_CONNECT"), step(5, "EMAIL", 7)});

    Ui::SequencesPage page;
    page.model()->setUserNames(userNames);
    page.model()->setSteps(steps);
    page.model()->setSequences(sequences);
    page.resize(width, height);
    page.show();
    page.selectSequence(sequences.first().sequenceId);
    QApplication::processEvents();
    const bool ok = page.grab().save(out);
    return ok ? 0 : 1;
}
