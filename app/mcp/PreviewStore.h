#pragma once

#include "enroll/DryRunPlanner.h"
#include "enroll/EnrollmentUseCase.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace SeqDesk::Mcp {

// A dry run an assistant showed the user: exactly the contacts start_enrollment enrolls.
struct Preview
{
    QString id;
    QDateTime createdAt; // UTC
    Enroll::EnrollmentTarget target;
    Enroll::ContactOrigin origin;
    QString sequenceName;
    QDateTime sequenceUpdatedAt; // HubSpot's updatedAt then: a changed sequence is stale
    QList<Enroll::PlannedContact> plan;
    QList<Enroll::InputProblem> invalid;
};

// The previews, one owner-only JSON file each in a folder beside the mirror, so a preview
// outlives the server that made it (a restarted server starts it the same) and a preview
// starts at most one job, even from two servers: starting it claims it first (a file made
// only if it is not there), and the claim keeps the job's id.
class PreviewStore final
{
    Q_DISABLE_COPY_MOVE(PreviewStore)

public:
    // start_enrollment takes a preview this long after it was made.
    static constexpr qint64 kFreshMs = qint64(15) * 60 * 1000;
    // Previews older than this are removed when a new one is saved.
    static constexpr qint64 kKeptMs = qint64(7) * 24 * 60 * 60 * 1000;

    explicit PreviewStore(const QString &directory);

    // A new id for a preview.
    static QString newId();
    // False and why when it could not be written.
    bool save(const Preview &preview, QString *error);
    // nullopt: no such preview (or not readable).
    std::optional<Preview> load(const QString &id) const;

    // Claims the preview for one start; false when it was claimed already (then
    // startedJob() says by which job, 0 while that start saves it).
    bool claim(const QString &id);
    void setStartedJob(const QString &id, qint64 jobId);
    qint64 startedJob(const QString &id) const;
    // A claim whose job could not be saved: the preview can be started again.
    void release(const QString &id);

    void prune(const QDateTime &now);

private:
    QString path(const QString &id, const char *suffix) const;
    static bool isId(const QString &id);

    QString m_directory;
};

} // namespace SeqDesk::Mcp
