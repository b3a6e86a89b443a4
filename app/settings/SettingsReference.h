#pragma once

#include <QString>

// The Markdown table of every key (name, type, default, lockable, scope,
// meaning) that README.md's "Settings and deployment" section carries; a
// test keeps the two equal.
QString settingsReferenceTable();
