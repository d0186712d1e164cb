#pragma once

#include <QString>

#include <optional>

// Opaque paging cursors: base64url of "sdc1:<key>", where key is the last id returned.
namespace SeqDesk::Sandbox::Cursor {

QString encode(qint64 key);
std::optional<qint64> decode(const QString &cursor);

// An `after` as a client sends it: "" or "0" is the first page (HubSpot's examples start
// searches with "after": "0", and the official SDK passes whatever the caller gave), key 0;
// anything else must be a cursor this sandbox handed out.
std::optional<qint64> decodeAfter(const QString &after);

} // namespace SeqDesk::Sandbox::Cursor
