#pragma once

#include "enroll/DryRunPlanner.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableView;

namespace SeqDesk::Rules {
struct RuleRunResult;
}

namespace SeqDesk::Ui {

class PlanTableModel;

// "Preview next run": the rule's next run as a dry run (nothing enrolled or recorded): who
// would be enrolled now and as which inbox, and why the others would not (skips, no sender,
// waiting for room under a send cap or the rule's limits).
class RulePreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulePreviewDialog)

public:
    explicit RulePreviewDialog(const QString &ruleName, QWidget *parent = nullptr);
    ~RulePreviewDialog() override;

    void showProgress(const QString &what);
    // `sequenceNames`: the portal's, by id (a contact already in one is told which).
    void showResult(const Rules::RuleRunResult &result,
                    const QHash<QString, QString> &sequenceNames);
    void showProblem(const QString &message);

    // The rows as the table shows them: those it would enroll, those that would wait, then
    // the others, each in the list's order.
    static QList<Enroll::PlannedContact> rows(const Rules::RuleRunResult &result,
                                              const QHash<QString, QString> &sequenceNames);

signals:
    void runNowRequested();

private:
    QString m_ruleName;
    QLabel *m_summary;
    QTableView *m_table;
    PlanTableModel *m_model;
    QPushButton *m_runNow;
};

} // namespace SeqDesk::Ui
