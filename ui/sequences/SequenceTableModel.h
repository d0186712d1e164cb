#pragma once

#include "store/Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>

Q_DECLARE_METATYPE(SeqDesk::Store::SequenceRecord)
Q_DECLARE_METATYPE(SeqDesk::Store::SequenceStatus)

namespace SeqDesk::Ui {

// The portal's sequences, one row each, for the sequences page (and its proxy).
class SequenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceTableModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        OwnerColumn,
        StepsColumn,
        EnrolledColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, // Store::SequenceStatus
        SequenceIdRole, // QString
        SortRole, // per column: name, status order, int, msecs since epoch
        RecordRole, // Store::SequenceRecord
        OwnerNameRole, // QString, display name of the owner
        UnsavedRole, // bool: a running sync read it and has not saved it (no status yet)
    };
    Q_ENUM(Role)

    explicit SequenceTableModel(QObject *parent = nullptr);
    ~SequenceTableModel() override;

    // Replaces every row (the mirror's: none is unsaved then).
    void setSequences(QList<Store::SequenceRecord> sequences);
    // Sequences a running sync listed and has not saved: appended as unsaved rows (no status
    // until saved, not counted, steps "…" until their details come). Ids the table already
    // shows keep their row as the mirror has it.
    void addUnsaved(const QList<Store::SequenceRecord> &sequences);
    // Details the running sync read: unsaved rows take the step count, send window and steps;
    // the mirror's rows are left as saved.
    void setUnsavedDetails(const QList<Store::SequenceSnapshotItem> &items);
    bool isUnsaved(int row) const;
    bool isUnsaved(const QString &sequenceId) const { return m_unsaved.contains(sequenceId); }
    int unsavedCount() const { return int(m_unsaved.size()); }
    // Unsaved rows whose details were read.
    int unsavedWithDetails() const { return int(m_unsavedDetailed.size()); }
    bool hasUnsavedDetails(const QString &sequenceId) const
    {
        return m_unsavedDetailed.contains(sequenceId);
    }
    // Changes the row with this record's sequence id, or appends it if there is none.
    void updateSequence(const Store::SequenceRecord &sequence);
    // HubSpot userId -> display name, for owners and "who can use it".
    void setUserNames(QHash<QString, QString> names);
    // sequenceId -> steps, for the detail pane.
    void setSteps(QHash<QString, QList<Store::SequenceStepRecord>> steps);

    const Store::SequenceRecord &sequenceAt(int row) const { return m_sequences.at(row); }
    int rowOfSequence(const QString &sequenceId) const;
    const QHash<QString, QString> &userNames() const { return m_userNames; }
    QString ownerName(const Store::SequenceRecord &sequence) const;
    QList<Store::SequenceStepRecord> steps(const QString &sequenceId) const;
    int countWithStatus(Store::SequenceStatus status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The per-status counts may have changed.
    void countsChanged();

private:
    QVariant displayData(const Store::SequenceRecord &sequence, int column) const;
    QVariant sortData(const Store::SequenceRecord &sequence, int column) const;
    void recount();

    QList<Store::SequenceRecord> m_sequences;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_userNames;
    QHash<QString, QList<Store::SequenceStepRecord>> m_steps;
    QSet<QString> m_unsaved;
    QSet<QString> m_unsavedDetailed;
    std::array<int, 4> m_counts {};
};

} // namespace SeqDesk::Ui
