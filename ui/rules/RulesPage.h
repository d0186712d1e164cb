#pragma once

#include "store/Records.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace SeqDesk::Ui {

class RuleRunsModel;
class RuleTableModel;

// The portal's enrollment rules: the table of rules, the buttons that act on the selected
// one, and its history of runs below. With no rule it explains rules and offers "New rule…".
// Actions are requested by signals; the presenter carries them out and feeds the models.
class RulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    explicit RulesPage(QWidget *parent = nullptr);
    ~RulesPage() override;

    RuleTableModel *model() const { return m_model; }
    RuleRunsModel *history() const { return m_history; }

    qint64 selectedRuleId() const { return m_selectedId; }
    bool selectRule(qint64 ruleId);
    // Without the rule runner nothing can be created or run (the buttons say so).
    void setAvailable(bool available);
    // The selected rule's runs in the history pane (the current run stays current).
    void showRuns(const QList<Store::RuleRunRecord> &runs);
    // The history pane's title for the selected rule (`loaded`: its runs are in).
    void showHistoryTitle(bool loaded);
    // The part of HubSpot's rate limit the rules may use, in percent.
    void showRateShare(int percent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void newRequested();
    void editRequested(qint64 ruleId);
    void previewRequested(qint64 ruleId);
    void runNowRequested(qint64 ruleId);
    void pauseRequested(qint64 ruleId, bool pause);
    void deleteRequested(qint64 ruleId); // confirmed by the user
    void selectedRuleChanged(qint64 ruleId); // 0: none
    void runActivated(qint64 ruleId, qint64 runId);
    void rateShareChanged(int percent);

private:
    QWidget *createButtons();
    QWidget *createEmptyState();
    QWidget *createHistory();
    // The rules' columns share the table's width: the short ones whole, the last run up to a
    // third, the names what is left (shortened in the middle, whole in their tooltips).
    void fitColumns();
    void onSelectionChanged();
    void updateButtons();
    void updateEmptyState();
    void confirmDelete();

    RuleTableModel *m_model;
    RuleRunsModel *m_history;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_historyPane = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_count = nullptr;
    QSpinBox *m_share = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_runNow = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_delete = nullptr;
    qint64 m_selectedId = 0;
    bool m_available = true;
};

} // namespace SeqDesk::Ui
