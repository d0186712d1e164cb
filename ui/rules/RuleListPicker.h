#pragma once

#include "hubspot/Types.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace SeqDesk::Ui {

class ListPickerModel;
class ListPickerProxy;
class RuleEditorPresenter;

// The rule editor's list: the portal's contact lists, searched by name as the user types
// (relevance, then name; the next page as the table scrolls to its end), through the
// editor's presenter. The chosen list stays chosen while the search changes.
class RuleListPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListPicker)

public:
    // Not owned: `presenter` outlives the picker.
    explicit RuleListPicker(RuleEditorPresenter *presenter, QWidget *parent = nullptr);
    ~RuleListPicker() override;

    // Lists the portal's lists (the first page).
    void start();
    // The list chosen so far (a rule's, when editing); empty: none.
    void setChosen(const QString &listId, const QString &listName);
    QString listId() const { return m_listId; }
    QString listName() const { return m_listName; }

signals:
    void chosen();

private:
    void search();
    void showLists(const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore);
    void rowChosen();
    void showChosen();

    RuleEditorPresenter *m_presenter;
    QLineEdit *m_search;
    QTableView *m_table;
    ListPickerModel *m_model;
    ListPickerProxy *m_proxy;
    QLabel *m_status;
    QLabel *m_chosen;
    QTimer m_searchDelay;
    QString m_listId;
    QString m_listName;
};

} // namespace SeqDesk::Ui
