#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace SeqDesk::Store {
struct SequenceRecord;
}

namespace SeqDesk::Ui {

class SequenceTableModel;

// The selected sequence in full: status and why, steps with their delays, send window, who
// can use it, what SeqDesk saw; and buttons for the page's actions.
class SequenceDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceDetailPane)

public:
    explicit SequenceDetailPane(QWidget *parent = nullptr);
    ~SequenceDetailPane() override;

    // Buttons that follow these actions' text, tooltip and enabled state and trigger them.
    void setActions(QAction *enroll, QAction *pause, QAction *archive);
    void showSequence(const Store::SequenceRecord &sequence, const SequenceTableModel &model);
    void showNothing();

private:
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_explanation;
    QLabel *m_owner;
    QLabel *m_steps;
    QLabel *m_sendWindow;
    QLabel *m_visibleTo;
    QLabel *m_enrolled;
    QLabel *m_updated;
    QLabel *m_seen;
    QPushButton *m_enrollButton;
    QPushButton *m_pauseButton;
    QPushButton *m_archiveButton;
};

} // namespace SeqDesk::Ui
