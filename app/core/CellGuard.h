#pragma once

#include <QString>

// Text from outside SeqDesk (names, emails, inputs, HubSpot's values and messages) in a table
// someone may open in a spreadsheet: the app's CSV exports and seqdesk-cli's tab-separated
// tables. SeqDesk's own numbers, codes, times and "-" are not guarded: they are known text.
namespace SeqDesk::CellGuard {

// Text a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first,
// also after leading spaces) with an apostrophe before it; other text as it is.
QString defused(const QString &text);

// One cell of a tab-separated table: defused, then each tab, carriage return and line feed a
// space, so the row stays one line with the same columns.
QString tsvCell(const QString &text);

} // namespace SeqDesk::CellGuard
