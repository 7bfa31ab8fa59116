// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/outcome/std_result.hpp>
#include <boost/outcome/try.hpp>

#include <string>
#include <string_view>

namespace localrig {

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;

// Zero is never an error, so a value-initialised code cannot pass for one.
enum class ErrorCode {
    InvalidInput = 1, // wrong kind of value: NaN, empty name, unknown enum
    OutOfRange, // right kind, impossible magnitude: negative memory, 1e308 parameters
    NotFound, // a name that the catalog does not hold
    CorruptCatalog, // the database or a catalog file cannot be trusted
    Io, // the file system said no
};

// One error type for core and db, so BOOST_OUTCOME_TRY needs no mapping between modules.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    std::string detail; // which field, which value, in English (the UI maps codes to tr() text)
};

// policy::terminate: nothing throws across modules; value() on an error is a loud bug, not an exception.
template <class T>
using Result = outcome::std_result<T, Error, outcome::policy::terminate>;

inline Error makeError(ErrorCode code, std::string detail)
{
    return Error{code, std::move(detail)};
}

std::string_view errorCodeName(ErrorCode code);

} // namespace localrig
