#pragma once

#include "store/Records.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace SeqDesk::Ui {

// The rule editor's sender: one inbox, a rotation over several, or the contact's owner with
// an optional fallback inbox. Offers the active users who can see the chosen sequence.
class RuleSenderBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleSenderBox)

public:
    explicit RuleSenderBox(QWidget *parent = nullptr);
    ~RuleSenderBox() override;

    // The users who may send (active, visible to the sequence); the choices made are kept
    // where those users still are.
    void setCandidates(const QList<Store::OwnerRecord> &owners);
    // The mode and inboxes of `rule`.
    void setFrom(const Store::RuleRecord &rule);
    // Writes the mode, senders and fallback into `rule`.
    void fill(Store::RuleRecord *rule) const;

signals:
    void changed();

private:
    Store::RuleSenderMode mode() const;
    void showMode();
    void select(Store::RuleSenderMode mode, const QStringList &senders, const QString &fallback);

    QButtonGroup *m_modes;
    QRadioButton *m_single;
    QRadioButton *m_rotation;
    QRadioButton *m_owner;
    QStackedWidget *m_stack;
    QComboBox *m_singleBox;
    QListWidget *m_rotationList;
    QComboBox *m_fallbackBox;
    QLabel *m_note;
    QList<Store::OwnerRecord> m_candidates;
};

} // namespace SeqDesk::Ui
