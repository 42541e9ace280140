// Intentionally empty: a page that has not loaded the elements script yet.
