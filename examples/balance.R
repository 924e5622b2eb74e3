# The overview's balance table from Multivector, in R: per year, each vector's share of the focal
# state's combined structural ties, the entropy (1 = even), the HHI, the dominant vector and its lead.
#
#   multivector measure balance --format csv --out balance.csv
#   Rscript examples/balance.R balance.csv
#
#   multivector measure balance --format parquet --out balance.parquet
#   Rscript examples/balance.R balance.parquet          # needs install.packages("arrow")
#
# Base R only for CSV. An empty cell is no value (NA), never zero.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript examples/balance.R <balance.csv | balance.parquet>")
file <- args[[1]]

records <- if (grepl("\\.parquet$", file)) {
  if (!requireNamespace("arrow", quietly = TRUE)) stop("reading Parquet needs the arrow package: install.packages(\"arrow\")")
  as.data.frame(arrow::read_parquet(file))
} else {
  read.csv(file, colClasses = c(year = "integer", value = "numeric"), na.strings = "", stringsAsFactors = FALSE)
}

shares <- records[records$measure == "share" & records$dimension %in% "combined", c("year", "vector", "value")]
vectors <- unique(shares$vector)
table <- reshape(shares, idvar = "year", timevar = "vector", direction = "wide")
names(table) <- sub("^value\\.", "", names(table))
pick <- function(m, column = "value") {
  r <- records[records$measure == m, c("year", column)]
  names(r) <- c("year", m)
  r
}
table <- Reduce(function(a, b) merge(a, b, by = "year", all.x = TRUE),
                list(table, pick("entropy"), pick("hhi"), pick("dominant", "vector"), pick("lead")))
table <- table[order(table$year), c("year", vectors, "entropy", "hhi", "dominant", "lead")]
numeric <- vapply(table, is.numeric, logical(1)) & names(table) != "year"
table[numeric] <- lapply(table[numeric], function(x) sprintf("%.3f", x))
names(table)[names(table) == "hhi"] <- "HHI"
print(table, row.names = FALSE, right = TRUE)
