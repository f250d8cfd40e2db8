// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fault.h"

#include <optional>
#include <utility>
#include <variant>

// A value or the Fault that stands in its way: what every store and service call returns.
// "Not found" is Fault::Kind::NotFound, never an empty value, so it cannot pass for a failure
// to read (or the reverse).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    Result(Fault fault) // NOLINT(google-explicit-constructor)
        : m_v(std::in_place_index<1>, std::move(fault))
    { }
    Result(Fault::Kind kind) // NOLINT(google-explicit-constructor)
        : Result(Fault(kind))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Fault &fault() const { return std::get<1>(m_v); }
    bool is(Fault::Kind kind) const { return !ok() && fault().kind() == kind; }

private:
    std::variant<T, Fault> m_v;
};

// Success with nothing to return, or a Fault.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Fault fault) // NOLINT(google-explicit-constructor)
        : m_fault(std::move(fault))
    { }
    Result(Fault::Kind kind) // NOLINT(google-explicit-constructor)
        : m_fault(Fault(kind))
    { }

    bool ok() const { return !m_fault; }
    explicit operator bool() const { return ok(); }
    const Fault &fault() const { return *m_fault; }
    bool is(Fault::Kind kind) const { return m_fault && m_fault->kind() == kind; }

private:
    std::optional<Fault> m_fault;
};

using Done = Result<void>;
