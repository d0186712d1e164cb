#include "analytics/AnalyticsRowsModel.h"

#include "analytics/AnalyticsText.h"
#include "enroll/JobExport.h"

#include <QLocale>

namespace SeqDesk::Ui {

using Store::AnalyticsRow;

AnalyticsRowsModel::AnalyticsRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AnalyticsRowsModel::~AnalyticsRowsModel() = default;

void AnalyticsRowsModel::setRows(const QList<AnalyticsRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AnalyticsRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalyticsRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalyticsRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AnalyticsRow &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= JobColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case DayColumn:
        return QLocale().toString(r.day, QLocale::ShortFormat);
    case SequenceColumn:
        return r.sequenceName.isEmpty() ? r.sequenceId : r.sequenceName;
    case SenderColumn:
        return r.sender;
    case SourceColumn:
        return AnalyticsText::sourceName(r.source, r.sourceName);
    case JobColumn:
        return r.jobId;
    case EnrolledColumn:
        return r.counts.enrolled;
    case SkippedColumn:
        return r.counts.skipped;
    case FailedColumn:
        return r.counts.failed;
    case DeferredColumn:
        return r.counts.deferred;
    default:
        return {};
    }
}

QVariant AnalyticsRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case SequenceColumn:
        return tr("Sequence");
    case SenderColumn:
        return tr("Sender");
    case SourceColumn:
        return tr("Source");
    case JobColumn:
        return tr("Job");
    case EnrolledColumn:
        return tr("Enrolled");
    case SkippedColumn:
        return tr("Skipped");
    case FailedColumn:
        return tr("Failed");
    case DeferredColumn:
        return tr("Deferred");
    default:
        return {};
    }
}

QByteArray AnalyticsRowsModel::csv(const QList<AnalyticsRow> &rows)
{
    const auto line = &Enroll::csvLine;

    QByteArray out
        = line({QStringLiteral("day"), QStringLiteral("portal_id"), QStringLiteral("sequence_id"),
                QStringLiteral("sequence_name"), QStringLiteral("sender"), QStringLiteral("source"),
                QStringLiteral("source_name"), QStringLiteral("job_id"), QStringLiteral("enrolled"),
                QStringLiteral("skipped"), QStringLiteral("failed"), QStringLiteral("deferred")});
    for (const AnalyticsRow &r : rows) {
        out += line({r.day.toString(Qt::ISODate), r.portalId, r.sequenceId, r.sequenceName,
                     r.sender, r.source, AnalyticsText::sourceName(r.source, r.sourceName),
                     QString::number(r.jobId), QString::number(r.counts.enrolled),
                     QString::number(r.counts.skipped), QString::number(r.counts.failed),
                     QString::number(r.counts.deferred)});
    }
    return out;
}

} // namespace SeqDesk::Ui
