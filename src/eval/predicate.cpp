// Predicate: a compiled filter over nlohmann::json records.
#include "eval/compiled.hpp"
#include "plutora/filter/eval.hpp"

namespace plutora::filter {

Predicate::Predicate(const Filter& filter) : impl_(std::make_unique<const Impl>(filter.root)) {}
Predicate::~Predicate() = default;
Predicate::Predicate(Predicate&&) noexcept = default;
Predicate& Predicate::operator=(Predicate&&) noexcept = default;

bool Predicate::operator()(const nlohmann::json& record) const { return impl_->matches(detail::JsonView(record)); }

}  // namespace plutora::filter
