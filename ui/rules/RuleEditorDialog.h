#pragma once

#include "rules/RuleServices.h"
#include "store/Records.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace SeqDesk::Ui {

class RuleEditorPresenter;
class RuleListPicker;
class RuleSenderBox;

// "New rule" and "Edit rule": its name, the HubSpot list (searched as the user types), the
// sequence (enrollable ones of the mirror), the sender, limits and schedule. Each problem
// of the form is named beside it (RuleCheck), and Save stays disabled until there is none.
// Saving goes through its presenter (the store worker).
class RuleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorDialog)

public:
    // `original`: the rule to edit; nullopt for a new rule.
    RuleEditorDialog(const RuleServices &services, const QString &portalId,
                     const std::optional<Store::RuleRecord> &original, QWidget *parent = nullptr);
    ~RuleEditorDialog() override;

    RuleEditorPresenter *presenter() const { return m_presenter; }
    // The rule as the form says it (without state and times).
    Store::RuleRecord formRule() const;
    // Every problem of the form, one sentence each; empty when it can be saved.
    QStringList problems() const;

signals:
    void saved(const Store::RuleRecord &rule, bool created);

private:
    QWidget *createListBox();
    QWidget *createSequenceBox();
    QWidget *createLimitsBox();
    void fillForm(const Store::RuleRecord &rule);
    void onLoaded(const QString &error);
    void filterSequences();
    void sequenceChosen();
    void validate();
    void save();

    RuleEditorPresenter *m_presenter;
    QLineEdit *m_name;
    RuleListPicker *m_listPicker = nullptr;
    QLineEdit *m_sequenceSearch = nullptr;
    QListWidget *m_sequenceList = nullptr;
    QLabel *m_sequenceNote = nullptr;
    RuleSenderBox *m_senders;
    QSpinBox *m_perRun = nullptr;
    QSpinBox *m_perDay = nullptr;
    QSpinBox *m_every = nullptr;
    QSpinBox *m_again = nullptr;
    QSpinBox *m_cap = nullptr;
    QLabel *m_problems;
    QPushButton *m_save = nullptr;
    bool m_loaded = false;
    bool m_saving = false;
    QString m_saveError;
};

} // namespace SeqDesk::Ui
