import Foundation
import Verity

// Benchmarks are added per stage; each prints MB/s.
print("verity-bench: no benchmarks selected")
