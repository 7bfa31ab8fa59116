// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Units are unambiguous throughout LocalRig: sizes are held in bytes, speeds in tokens per second.
// RAM as marketed is binary (a "48 GB" Mac holds 48 GiB); file sizes and bandwidth are decimal.
namespace localrig::core {

inline constexpr double kBytesPerGB = 1e9; // decimal: file sizes, GB/s bandwidth
inline constexpr double kBytesPerGiB = 1024.0 * 1024.0 * 1024.0; // binary: marketed RAM and VRAM
inline constexpr double kBytesPerMiB = 1024.0 * 1024.0;
inline constexpr double kParamsPerBillion = 1e9;
inline constexpr double kFlopsPerTflop = 1e12;
inline constexpr double kBitsPerByte = 8.0;
inline constexpr double kDaysPerMonth = 365.25 / 12.0; // mean Gregorian month
inline constexpr double kWattsPerKilowatt = 1000.0;

constexpr double gibToBytes(double gib)
{
    return gib * kBytesPerGiB;
}
constexpr double bytesToGiB(double bytes)
{
    return bytes / kBytesPerGiB;
}
constexpr double gbToBytes(double gb)
{
    return gb * kBytesPerGB;
}
constexpr double bytesToGB(double bytes)
{
    return bytes / kBytesPerGB;
}

} // namespace localrig::core
