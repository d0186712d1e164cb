#pragma once

#include "sync/SequenceCatalog.h"

#include <QByteArray>
#include <QString>

namespace SeqDesk::Cli {

// Human-readable table of sequences: id, name, owner user id, visible to, updated.
QString sequencesTable(const Sync::Catalog &catalog);
// JSON document: {"portalId":..,"portalName":..,"sequences":[{"id","name","userId",
// "folderId","createdAt","updatedAt","visibleToUserIds"}],"count":N}
QByteArray sequencesJson(const Sync::Catalog &catalog);

} // namespace SeqDesk::Cli
