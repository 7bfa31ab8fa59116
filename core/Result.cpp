// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

namespace localrig {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "invalid input";
    case ErrorCode::OutOfRange:
        return "out of range";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::CorruptCatalog:
        return "corrupt catalog";
    case ErrorCode::Io:
        return "input/output error";
    }
    return "unknown error";
}

} // namespace localrig
