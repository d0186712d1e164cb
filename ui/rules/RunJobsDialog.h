#pragma once

#include "store/Records.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QTableView;

namespace SeqDesk::Ui {

class JobItemsModel;

// The jobs one run of a rule made (one per sender inbox) and the contacts of the chosen
// job, as the mirror has them: opened from the Rules page's history.
class RunJobsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunJobsDialog)

public:
    RunJobsDialog(const QString &title, QWidget *parent = nullptr);
    ~RunJobsDialog() override;

    void setJobs(const QList<Store::EnrollmentJobRecord> &jobs,
                 const QHash<qint64, QList<Store::EnrollmentItemRecord>> &items);
    QList<qint64> jobIds() const;

private:
    void showJob(int row);

    QLabel *m_summary;
    QListWidget *m_jobs;
    QTableView *m_table;
    JobItemsModel *m_items;
    QList<Store::EnrollmentJobRecord> m_jobRecords;
    QHash<qint64, QList<Store::EnrollmentItemRecord>> m_itemsOfJob;
};

} // namespace SeqDesk::Ui
