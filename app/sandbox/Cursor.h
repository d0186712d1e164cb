#pragma once

#include <QString>

#include <optional>

// Opaque paging cursors: base64url of "sdc1:<key>", where key is the last id returned.
namespace SeqDesk::Sandbox::Cursor {

QString encode(qint64 key);
std::optional<qint64> decode(const QString &cursor);

} // namespace SeqDesk::Sandbox::Cursor
