#pragma once

#include <QStringList>

// What a database account may do besides reading, from the lines of
// SHOW GRANTS FOR CURRENT_USER(). The hub needs SELECT on six tables only;
// anything more is worth a warning at start.
namespace DatabaseGrants {
// One entry per grant that allows more than SELECT, saying what and on
// what: "INSERT, UPDATE on `asterisk`.*", "GRANT OPTION on *.*", "role
// `admin` (not checked)". Never the grant line itself: it may hold a
// password hash.
QStringList beyondSelect(const QStringList &grantLines);
} // namespace DatabaseGrants
