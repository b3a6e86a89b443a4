#pragma once

#include "vicidial/Answer.h"

// One translated sentence a person understands, built from the typed fields
// (never from an unredacted body).
QString describeAnswer(const Answer &answer);
